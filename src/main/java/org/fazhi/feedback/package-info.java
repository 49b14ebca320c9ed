/**
 * 我为政府网站找错: any reader reports an error on the public page they are on; the report lands
 * with the county that published the page, which deals with it.
 */
package org.fazhi.feedback;
