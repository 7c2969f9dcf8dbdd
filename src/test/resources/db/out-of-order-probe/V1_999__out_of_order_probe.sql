-- MigrationsIntegrationTests: a platform migration written after the letter module's V7_x were applied.
CREATE TABLE out_of_order_probe (id INT PRIMARY KEY);
