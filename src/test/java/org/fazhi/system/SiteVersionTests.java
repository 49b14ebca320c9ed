package org.fazhi.system;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site's fingerprint follows the files that decide how pages look, and nothing else.
 */
class SiteVersionTests {

	@Test
	void sameFilesGiveTheSameTokenWhateverOrderTheyAreFoundIn() {
		String token = SiteVersion.of(List.of(file("templates/a.html", "<p>甲</p>"), file("static/css/x.css", "p{}")));
		assertThat(token).matches("[0-9a-f]{12}");
		assertThat(SiteVersion.of(List.of(file("static/css/x.css", "p{}"), file("templates/a.html", "<p>甲</p>"))))
			.isEqualTo(token);
	}

	@Test
	void anyChangedRenamedAddedOrRemovedFileChangesIt() {
		String token = SiteVersion.of(List.of(file("templates/a.html", "<p>甲</p>"), file("static/css/x.css", "p{}")));
		assertThat(SiteVersion.of(List.of(file("templates/a.html", "<p>乙</p>"), file("static/css/x.css", "p{}"))))
			.isNotEqualTo(token);
		assertThat(SiteVersion.of(List.of(file("templates/b.html", "<p>甲</p>"), file("static/css/x.css", "p{}"))))
			.isNotEqualTo(token);
		assertThat(SiteVersion.of(List.of(file("templates/a.html", "<p>甲</p>")))).isNotEqualTo(token);
		assertThat(SiteVersion.of(List.of(file("templates/a.html", "<p>甲</p>"), file("static/css/x.css", "p{}"),
				file("messages.properties", "a=b"))))
			.isNotEqualTo(token);
	}

	private static Resource file(String name, String content) {
		return new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8), "file [/app/classes/" + name + "]");
	}

}
