package coop.seedbed.directory;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a kind by its public code ("multi-stakeholder"), the same word the API and URLs use. */
@Converter
class KindConverter implements AttributeConverter<Kind, String> {

  @Override
  public String convertToDatabaseColumn(Kind kind) {
    return kind == null ? null : kind.code();
  }

  @Override
  public Kind convertToEntityAttribute(String code) {
    return code == null
        ? null
        : Kind.fromCode(code).orElseThrow(() -> new IllegalStateException("unknown kind " + code));
  }
}
