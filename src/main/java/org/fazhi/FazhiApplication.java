package org.fazhi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Fazhi: township rule-of-law reports, from the clerk's draft to the public disclosure
 * page.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class FazhiApplication {

	public static void main(String[] args) {
		SpringApplication.run(FazhiApplication.class, args);
	}

}
