package org.fazhi.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The list indexes our forms send pass; any other index is refused.
 */
class IndexedParameterFilterTests {

	@Test
	void ourFormsIndexesPassAndNoOthers() {
		for (String name : new String[] { "title", "topicIds", "chunks[0].kind", "chunks[59].body", "a[100]" }) {
			assertThat(IndexedParameterFilter.acceptable(name)).as(name).isTrue();
		}
		for (String name : new String[] { "chunks[256].heading", "chunks[abc]", "topicIds[999]", "x[-1]", "x[]",
				"x[99999999999]", "x[1e3]", "x[0x10]", "x[101]", "x[0][", "x]" }) {
			assertThat(IndexedParameterFilter.acceptable(name)).as(name).isFalse();
		}
	}

}
