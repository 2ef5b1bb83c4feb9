package coop.seedbed.accounts;

/** What a mailed one-time link is for; a token only works for its own purpose. */
enum TokenPurpose {
  VERIFY_EMAIL,
  RESET_PASSWORD,
  SIGN_IN_LINK
}
