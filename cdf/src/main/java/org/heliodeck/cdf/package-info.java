/** NASA CDF: reading and writing every version, data type and compression, and the ISTP mapping to the data model. */
package org.heliodeck.cdf;
