/**
 * The public 政府信息公开 pages: latest publications and each report with its disclosure
 * metadata.
 */
package org.fazhi.disclosure;
