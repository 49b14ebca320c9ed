package org.fazhi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The features depend on each other one way, as Spring Modulith sees them (no cycle, no
 * use of another feature's internals), and docs/modules.puml is the diagram of the
 * modules as they are: regenerated here, a changed structure fails until the diagram is
 * updated with {@code -Dmodules.update=true}.
 */
class ModulesTests {

	private static final ApplicationModules MODULES = ApplicationModules.of(FazhiApplication.class);

	@Test
	void featuresDependOneWay() {
		MODULES.verify();
	}

	@Test
	void theDiagramInDocsShowsTheModulesAsTheyAre() throws IOException {
		Path output = Path.of("target", "spring-modulith-docs");
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(output.toString()))
			.writeModulesAsPlantUml(
					Documenter.DiagramOptions.defaults().withStyle(Documenter.DiagramOptions.DiagramStyle.UML));
		String generated = Files.readString(output.resolve("components.puml"));
		Path documented = Path.of("docs", "modules.puml");
		if (Boolean.getBoolean("modules.update")) {
			Files.writeString(documented, generated);
		}
		// Compared line by line in any order: the writer lists modules in no fixed order.
		assertThat(Files.readAllLines(documented)).as("docs/modules.puml (regenerate with -Dmodules.update=true)")
			.containsExactlyInAnyOrderElementsOf(generated.lines().toList());
	}

}
