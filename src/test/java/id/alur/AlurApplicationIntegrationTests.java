package id.alur;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class AlurApplicationIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void runsOnPostgresqlWithTheSchemaOwnedByFlyway() {
        String version = jdbc.sql("select version()").query(String.class).single();
        assertThat(version).startsWith("PostgreSQL");
        Integer applied = jdbc.sql("select count(*) from flyway_schema_history where success")
                .query(Integer.class)
                .single();
        assertThat(applied).isPositive();
    }
}
