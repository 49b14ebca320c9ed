/**
 * User accounts, roles, sign-in and the signed-in user's identity.
 */
package org.fazhi.account;
