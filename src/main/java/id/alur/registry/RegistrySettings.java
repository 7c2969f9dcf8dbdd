package id.alur.registry;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the registry module ({@code alur.registry.*}).
 *
 * @param uploadDirectory where an upload waits between its check and its import (deleted once the import is decided);
 *     by default a directory in the system's temporary directory
 */
@ConfigurationProperties("alur.registry")
record RegistrySettings(@Nullable Path uploadDirectory) {

    RegistrySettings {
        if (uploadDirectory == null) {
            uploadDirectory = Path.of(System.getProperty("java.io.tmpdir"), "alur-registry-uploads");
        }
    }

    @Override
    public Path uploadDirectory() {
        return uploadDirectory;
    }
}
