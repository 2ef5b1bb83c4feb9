/**
 * Matchmaking: people who want to build co-ops find each other, co-ops' open roles find members,
 * mentors find the people and teams they can help. Owns profiles and open roles, suggestions with
 * their reasons, double opt-in introductions, blocks, founding circles and the mentor assignment of
 * a cohort. Nobody's contact address is shown to anyone before both have said yes.
 */
package coop.seedbed.matching;
