package db.migration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the starting list of fixed formulations from {@code assistant/formulations.tsv}
 * (a wrong form or {@code re:} expression, a tab, the right form) once; from then on the
 * admin keeps the list.
 */
public class V9_1__Starting_formulations extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		String sql = "INSERT INTO formulation (wrong_form, right_form, updated_by, updated_at) VALUES (?, ?, ?, ?)";
		try (PreparedStatement insert = context.getConnection().prepareStatement(sql)) {
			for (String line : startingList().lines().toList()) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] columns = line.split("\t", 2);
				insert.setString(1, columns[0]);
				insert.setString(2, columns[1].strip());
				insert.setString(3, "system");
				insert.setTimestamp(4, Timestamp.from(Instant.now()));
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	private static String startingList() throws IOException {
		try (InputStream in = V9_1__Starting_formulations.class.getResourceAsStream("/assistant/formulations.tsv")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
