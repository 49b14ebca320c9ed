/**
 * Files attached to an edition — the stamped scan (盖章扫描件), annexes — checked by what they
 * contain, reviewed with the text, published with it and carried into corrections.
 */
package org.fazhi.attachment;
