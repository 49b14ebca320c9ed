/**
 * Pushes each publication, correction and withdrawal to the county portals' receivers as
 * a signed JSON webhook, from an outbox written with the change, retried with backoff.
 */
package org.fazhi.webhook;
