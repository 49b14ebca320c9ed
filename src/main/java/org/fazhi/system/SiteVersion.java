package org.fazhi.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * A short fingerprint of everything that decides how a page looks: templates, message
 * bundles and static files. Public pages put it in their ETags, so after a deploy that
 * changes any of them a browser's revalidation gets the new page rather than a 304 for
 * markup that may point at assets that no longer exist. Instances running the same build
 * agree on it, and a rebuild of unchanged files keeps it.
 */
@Component
public class SiteVersion {

	private static final Log logger = LogFactory.getLog(SiteVersion.class);

	private static final String[] LOOKS = { "classpath*:templates/**/*.html", "classpath*:static/**/*.*",
			"classpath*:messages*.properties" };

	private final String token;

	SiteVersion(ResourcePatternResolver resolver) {
		List<Resource> resources = new ArrayList<>();
		try {
			for (String pattern : LOOKS) {
				resources.addAll(List.of(resolver.getResources(pattern)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the site's templates and static files", ex);
		}
		this.token = of(resources);
		logger.info("Site version " + this.token + " (" + resources.size()
				+ " templates, message bundles and static files)");
	}

	/**
	 * The fingerprint of these files: their names (from the classpath root on) and
	 * contents, in name order so that the order they were found in does not matter.
	 */
	static String of(List<Resource> resources) {
		MessageDigest digest = sha256();
		resources.stream().sorted(Comparator.comparing(SiteVersion::name)).forEach((resource) -> {
			digest.update(name(resource).getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			try (InputStream in = resource.getInputStream()) {
				digest.update(in.readAllBytes());
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read " + resource, ex);
			}
		});
		return HexFormat.of().formatHex(digest.digest(), 0, 6);
	}

	public String token() {
		return this.token;
	}

	/** Where the file sits below the classpath root, whichever jar or folder holds it. */
	private static String name(Resource resource) {
		String description = resource.getDescription();
		for (String root : new String[] { "templates/", "static/", "messages" }) {
			int at = description.lastIndexOf(root);
			if (at >= 0) {
				return description.substring(at);
			}
		}
		return String.valueOf(resource.getFilename());
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
