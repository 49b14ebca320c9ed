/**
 * Import: turns pasted text, Word files and copied disclosure pages into structured
 * reports, backfills past years' archives and loads agencies and users in bulk.
 */
package org.fazhi.importing;
