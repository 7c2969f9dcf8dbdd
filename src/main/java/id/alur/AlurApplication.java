package id.alur;

import id.alur.sop.SopCommandLine;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

@SpringBootApplication
@Modulithic(sharedModules = "platform")
public class AlurApplication {

    public static void main(String[] args) {
        // `java -jar alur.jar sop ...` is the command-line tool; it needs no database or web server.
        if (args.length > 0 && args[0].equals("sop")) {
            System.exit(SopCommandLine.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        SpringApplication.run(AlurApplication.class, args);
    }
}
