/**
 * People and what they may do: sign-up with email verification, sign-in by password or by mailed
 * one-time link, password reset, roles, the staff automation token, and each person's right to
 * export and delete everything Seedbed holds about them.
 */
package coop.seedbed.accounts;
