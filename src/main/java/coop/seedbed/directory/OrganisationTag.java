package coop.seedbed.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One value of a listing's sectors, services, technologies or languages, for filtering. */
@Entity
@Table(name = "organisation_tag")
@IdClass(OrganisationTag.Key.class)
class OrganisationTag {

  record Key(Long organisationId, Facet facet, String tag) implements Serializable {
    public Key() {
      this(null, null, null);
    }
  }

  @Id
  @Column(name = "organisation_id")
  Long organisationId;

  @Id
  @Enumerated(EnumType.STRING)
  @Column(length = 12)
  Facet facet;

  @Id
  @Column(length = Organisation.TAG_LENGTH)
  String tag;

  OrganisationTag() {}

  OrganisationTag(Long organisationId, Facet facet, String tag) {
    this.organisationId = organisationId;
    this.facet = facet;
    this.tag = tag;
  }
}
