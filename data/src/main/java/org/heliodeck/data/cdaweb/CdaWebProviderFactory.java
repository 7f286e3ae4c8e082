package org.heliodeck.data.cdaweb;

import org.heliodeck.data.WebServiceFactory;

/** CDAWeb's native REST services (CDAS). */
public final class CdaWebProviderFactory extends WebServiceFactory {

    public CdaWebProviderFactory() {
        super(CdaWebProvider.NAME, CdaWebProvider.DEFAULT_BASE, CdaWebProvider::new);
    }
}
