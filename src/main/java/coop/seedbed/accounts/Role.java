package coop.seedbed.accounts;

/** What a person may do beyond browsing. Every account is a member; staff and admins moderate. */
public enum Role {
  MEMBER,
  MAINTAINER,
  VOLUNTEER,
  REVIEWER,
  STAFF,
  ADMIN
}
