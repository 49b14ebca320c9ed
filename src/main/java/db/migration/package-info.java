/**
 * Flyway's Java migrations, for the steps SQL cannot take alone (loading a starting list
 * from a resource).
 */
package db.migration;
