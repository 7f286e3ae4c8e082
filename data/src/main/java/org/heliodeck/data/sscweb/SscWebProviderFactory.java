package org.heliodeck.data.sscweb;

import org.heliodeck.data.WebServiceFactory;

/** SSCWeb's REST service (spacecraft locations). */
public final class SscWebProviderFactory extends WebServiceFactory {

    public SscWebProviderFactory() {
        super(SscWebProvider.NAME, SscWebProvider.DEFAULT_BASE, SscWebProvider::new);
    }
}
