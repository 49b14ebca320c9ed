package org.fazhi.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shortened matching phrase: it keeps the first, last and rarest pairs, leaves no
 * character uncovered, and matches exactly the documents the phrase of every pair
 * matches, for substrings of the corpus and for strings that are not in it.
 */
class SearchTextTests {

	private static final String CHARACTERS = "法治政府建设依法行政调解纠纷人民委员会扎实推进工作";

	@Test
	void keepsTheRarestPairAndCoversEveryCharacter() throws Exception {
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
			List<String> texts = new ArrayList<>();
			for (int i = 0; i < 50; i++) {
				texts.add("法治政府建设情况" + i);
			}
			texts.add("推进法治政府建设人民调解委员会");
			write(directory, texts);
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				PhraseQuery ubiquitous = (PhraseQuery) SearchText.matchQuery("f", "法治政府建设", reader);
				// Five pairs, three kept: 法治, one in the middle, 建设.
				assertThat(ubiquitous.getTerms()).hasSize(3);
				assertThat(ubiquitous.getTerms()[0].text()).isEqualTo("法治");
				assertThat(ubiquitous.getTerms()[2].text()).isEqualTo("建设");
				assertCovers(ubiquitous, 6);

				// 设人 occurs once: it is kept although a cover could do without it.
				PhraseQuery rare = (PhraseQuery) SearchText.matchQuery("f", "政府建设人民", reader);
				assertThat(rare.getTerms()).extracting(Term::text).contains("设人");
				assertCovers(rare, 6);

				// A pair no document has: nothing can match, and one term says so.
				assertThat(SearchText.matchQuery("f", "法治政府建筑", reader)).isInstanceOf(TermQuery.class);
			}
		}
	}

	@Test
	void matchesExactlyWhatThePhraseOfEveryPairMatches() throws Exception {
		Random random = new Random(20261121);
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			StringBuilder text = new StringBuilder();
			for (int c = 0, length = 30 + random.nextInt(120); c < length; c++) {
				// A skewed spread, so some pairs are everywhere and some rare.
				int index = (int) (CHARACTERS.length() * Math.pow(random.nextDouble(), 2));
				text.append(CHARACTERS.charAt(index));
			}
			texts.add(text.toString());
		}
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
			write(directory, texts);
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				IndexSearcher searcher = new IndexSearcher(reader);
				int compared = 0;
				for (int trial = 0; trial < 400; trial++) {
					String q;
					if (trial % 2 == 0) {
						String source = texts.get(random.nextInt(texts.size()));
						int length = 4 + random.nextInt(9);
						int start = random.nextInt(source.length() - length);
						q = source.substring(start, start + length);
					}
					else {
						StringBuilder made = new StringBuilder();
						for (int c = 0, length = 4 + random.nextInt(5); c < length; c++) {
							made.append(CHARACTERS.charAt(random.nextInt(8)));
						}
						q = made.toString();
					}
					Query shortened = SearchText.matchQuery("f", q, reader);
					Query full = SearchText.termQuery("f", q);
					assertThat(searcher.count(shortened)).as(q).isEqualTo(searcher.count(full));
					long expected = texts.stream().filter((t) -> t.contains(q)).count();
					assertThat((long) searcher.count(full)).as(q).isEqualTo(expected);
					compared++;
				}
				assertThat(compared).isEqualTo(400);
			}
		}
	}

	private static void assertCovers(PhraseQuery phrase, int characters) {
		int[] positions = phrase.getPositions();
		assertThat(positions[0]).isZero();
		assertThat(positions[positions.length - 1]).isEqualTo(characters - 2);
		for (int i = 1; i < positions.length; i++) {
			assertThat(positions[i] - positions[i - 1]).isBetween(1, 2);
		}
	}

	private static void write(ByteBuffersDirectory directory, List<String> texts) throws Exception {
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(SearchText.characters()))) {
			for (String text : texts) {
				Document doc = new Document();
				doc.add(new TextField("f", text, Field.Store.NO));
				writer.addDocument(doc);
			}
		}
	}

}
