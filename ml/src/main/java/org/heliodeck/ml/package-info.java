/** Learning from catalogs: features, detectors, scans that suggest events. */
package org.heliodeck.ml;
