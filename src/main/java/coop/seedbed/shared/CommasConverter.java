package coop.seedbed.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

/** Tags as one column, separated by commas (tags are normalised and never hold one). */
@Converter
public class CommasConverter implements AttributeConverter<List<String>, String> {

  @Override
  public String convertToDatabaseColumn(List<String> values) {
    return values == null ? "" : String.join(",", values);
  }

  @Override
  public List<String> convertToEntityAttribute(String column) {
    return column == null || column.isEmpty() ? List.of() : Arrays.asList(column.split(","));
  }
}
