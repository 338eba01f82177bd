/**
 * Output storage in S3 (or any S3-protocol server): the key layout of DESIGN §7, the
 * status file written last, and the images the documents show.
 */
package org.pressroom.core.output;
