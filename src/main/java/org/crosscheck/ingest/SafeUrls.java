package org.crosscheck.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Source addresses are kept only when they are plain web links, so no report ever links to script. */
final class SafeUrls {

    private SafeUrls() {
    }

    static boolean isWebUrl(String value) {
        try {
            URI uri = new URI(value.strip());
            String scheme = uri.getScheme();
            return scheme != null
                    && (scheme.toLowerCase(Locale.ROOT).equals("http") || scheme.toLowerCase(Locale.ROOT).equals("https"))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
