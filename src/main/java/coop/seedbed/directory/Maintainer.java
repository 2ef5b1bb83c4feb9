package coop.seedbed.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** A person who may edit a listing. */
@Entity
@Table(name = "organisation_maintainer")
@IdClass(Maintainer.Key.class)
class Maintainer {

  record Key(Long organisationId, Long accountId) implements Serializable {
    public Key() {
      this(null, null);
    }
  }

  @Id
  @Column(name = "organisation_id")
  Long organisationId;

  @Id
  @Column(name = "account_id")
  Long accountId;

  @Column(name = "added_at", nullable = false)
  OffsetDateTime addedAt;
}
