/**
 * The township clerk's side: starting a year's report, editing its metadata and parts,
 * and submitting it to the county.
 */
package org.fazhi.filing;
