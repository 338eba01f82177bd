package org.pressroom.core.schema;

import javax.sql.DataSource;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Spring Boot's Flyway, configured and run as {@link PressroomMigrations} says. */
@Configuration(proxyBeanMethods = false)
class SchemaConfig {

	@Bean
	FlywayConfigurationCustomizer pressroomSchema() {
		return PressroomMigrations::configure;
	}

	@Bean
	FlywayMigrationStrategy pressroomMigration(DataSource dataSource) {
		return (flyway) -> PressroomMigrations.migrate(flyway, dataSource);
	}

}
