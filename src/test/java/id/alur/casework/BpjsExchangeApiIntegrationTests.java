package id.alur.casework;

import static org.assertj.core.api.Assertions.assertThat;

import id.alur.office.OfficeService;
import id.alur.office.OfficeTestData;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The BPJS exchange's API (issue 16 item 2) over HTTP against the running server, with bearer tokens: the front desk
 * lists what waits and makes a batch, BPJS's own user downloads it and uploads, previews and applies the answer; bad
 * input is 422 naming row and column as on the pages, and nothing is half-applied.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BpjsExchangeApiIntegrationTests {

    static final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    OfficeService offices;

    @Autowired
    JdbcClient jdbc;

    final HttpClient http = HttpClient.newHttpClient();

    /** The test office of the exchange's tests, its front desk's and BPJS's tokens. */
    record Api(BpjsOffice office, String frontDesk, String bpjs, String bpjsUser, String base) {}

    Api api() {
        // the office's cases are made through the services; MockMvc is not needed for that
        var office = new BpjsOffice(context, null);
        String bpjsUser = office.data.user(office.code, OfficeTestData.BPJS);
        return new Api(
                office,
                offices.issueApiToken(office.frontDesk.username(), "api-test").token(),
                offices.issueApiToken(bpjsUser, "api-test").token(),
                bpjsUser,
                "http://localhost:" + port + "/api/offices/" + office.code + "/bpjs");
    }

    HttpResponse<byte[]> send(String token, String method, String url, String contentType, byte[] body)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .header("Accept-Language", "id");
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(
                request.method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(body))
                        .build(),
                BodyHandlers.ofByteArray());
    }

    JsonNode call(String token, String method, String url, String contentType, byte[] body, int expected)
            throws Exception {
        var response = send(token, method, url, contentType, body);
        String text = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(response.statusCode()).as(text).isEqualTo(expected);
        return text.isEmpty() ? null : json.readTree(text);
    }

    JsonNode get(String token, String url, int expected) throws Exception {
        return call(token, "GET", url, null, null, expected);
    }

    JsonNode postJson(String token, String url, String body, int expected) throws Exception {
        return call(token, "POST", url, "application/json", body.getBytes(StandardCharsets.UTF_8), expected);
    }

    static byte[] multipart(String boundary, String fileName, byte[] content) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void theFrontDeskSendsABatchAndBpjsAnswersItThroughTheApi() throws Exception {
        var api = api();
        var active = api.office().atBpjs("Siti Api");
        var refused = api.office().atBpjs("Dewi Api");

        var waiting = get(api.frontDesk(), api.base() + "/menunggu", 200);
        assertThat(waiting.at("/0/lane").asString()).isEqualTo(OfficeTestData.BPJS);
        assertThat(waiting.at("/0/cases").findValues("trackingNumber"))
                .extracting(JsonNode::asString)
                .containsExactly(active.trackingNumber(), refused.trackingNumber());
        var response = send(
                api.frontDesk(),
                "POST",
                api.base() + "/usulan",
                "application/json",
                "{\"lane\":\"bpjs\",\"format\":\"CSV\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(201);
        var batch = json.readTree(response.body());
        long id = batch.at("/id").asLong();
        assertThat(response.headers().firstValue("Location"))
                .hasValue("/api/offices/" + api.office().code + "/bpjs/usulan/" + id);
        assertThat(batch.at("/number").asInt()).isEqualTo(1);
        assertThat(batch.at("/cases").asInt()).isEqualTo(2);
        assertThat(batch.at("/persons").asInt()).isEqualTo(2);
        assertThat(batch.at("/status").asString()).isEqualTo("SENT");
        // BPJS's own user: the batches of its lane, the file, the answer
        assertThat(get(api.bpjs(), api.base() + "/usulan", 200).findValues("id"))
                .extracting(JsonNode::asLong)
                .containsExactly(id);
        var file = send(api.bpjs(), "GET", api.base() + "/usulan/" + id + "/berkas", null, null);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(new String(file.body(), StandardCharsets.UTF_8))
                .contains(active.applicant().nik(), refused.applicant().nik());

        String stranger = Applicants.woman("Bukan Usulan Api").nik();
        byte[] answer = BpjsExchangeIntegrationTests.xlsx(
                List.of("NIK", "NO_KIS", "STATUS", "KETERANGAN"),
                List.of(
                        List.of(active.applicant().nik(), "0003334445556", "aktif", ""),
                        List.of(refused.applicant().nik(), "", "ditolak", "Data KK tidak padan Dukcapil"),
                        List.of(stranger, "0009999999999", "aktif", "")));
        String boundary = "alur-" + System.nanoTime();
        var preview = call(
                api.bpjs(),
                "POST",
                api.base() + "/usulan/" + id + "/jawaban",
                "multipart/form-data; boundary=" + boundary,
                multipart(boundary, "jawaban.xlsx", answer),
                201);
        assertThat(preview.at("/counts/MATCHED").asInt()).isEqualTo(2);
        assertThat(preview.at("/counts/UNMATCHED").asInt()).isEqualTo(1);
        assertThat(preview.at("/rows/0/trackingNumber").asString()).isEqualTo(active.trackingNumber());
        assertThat(preview.at("/rows/2/row").asInt()).isEqualTo(4);
        assertThat(preview.at("/rows/2/column").asString()).isEqualTo("NIK");
        assertThat(preview.at("/rows/2/code").asString()).isEqualTo("casework.bpjs.answer.notInBatch");
        assertThat(preview.at("/rows/2/message").asString()).contains(stranger, "tidak ada dalam usulan ini");
        long answerId = preview.at("/answer/id").asLong();
        assertThat(get(api.bpjs(), api.base() + "/usulan/" + id + "/jawaban/" + answerId, 200)
                        .at("/counts/MATCHED")
                        .asInt())
                .isEqualTo(2);

        var applied = call(
                api.bpjs(),
                "POST",
                api.base() + "/usulan/" + id + "/jawaban/" + answerId + "/terapkan",
                null,
                null,
                200);

        assertThat(applied.at("/applied").asInt()).isEqualTo(2);
        assertThat(applied.at("/notApplied").asInt()).isEqualTo(1);
        assertThat(api.office().stepOf(active).positionCode()).isEqualTo(OfficeTestData.PETUGAS);
        assertThat(api.office().stepOf(refused).positionCode()).isEqualTo(OfficeTestData.BPJS);
        var detail = get(api.frontDesk(), api.base() + "/usulan/" + id, 200);
        assertThat(detail.at("/batch/status").asString()).isEqualTo("ANSWERED");
        assertThat(detail.at("/cases/0/answer").asString()).isEqualTo("AKTIF");
        assertThat(detail.at("/cases/0/kisNumber").asString()).isEqualTo("0003334445556");
        assertThat(detail.at("/cases/1/reason").asString()).isEqualTo("Data KK tidak padan Dukcapil");
        assertThat(detail.at("/answers/0/appliedBy").asString()).isEqualTo(api.bpjsUser());
        // an answer is applied once
        var again = call(
                api.bpjs(),
                "POST",
                api.base() + "/usulan/" + id + "/jawaban/" + answerId + "/terapkan",
                null,
                null,
                422);
        assertThat(again.at("/detail").asString()).contains("sudah diterapkan");
    }

    @Test
    void refusesBadInputWith422NamingRowAndColumnAndAppliesNothingOfAFailedAnswer() throws Exception {
        var api = api();
        var first = api.office().atBpjs("Ani Api");
        var second = api.office().atBpjs("Yuni Api");

        var format = postJson(api.frontDesk(), api.base() + "/usulan", "{\"lane\":\"bpjs\",\"format\":\"PDF\"}", 422);
        assertThat(format.at("/errors/0/field").asString()).isEqualTo("format");
        postJson(api.bpjs(), api.base() + "/usulan", "{\"lane\":\"bpjs\"}", 403);
        long id = postJson(api.frontDesk(), api.base() + "/usulan", "{\"lane\":\"bpjs\",\"format\":\"CSV\"}", 201)
                .at("/id")
                .asLong();
        var nothing = postJson(api.frontDesk(), api.base() + "/usulan", "{\"lane\":\"bpjs\"}", 422);
        assertThat(nothing.at("/errors/0/field").asString()).isEqualTo("lane");
        assertThat(nothing.at("/errors/0/code").asString()).isEqualTo("casework.bpjs.batch.nothingWaiting");

        String answers = api.base() + "/usulan/" + id + "/jawaban";
        var missing = call(
                api.frontDesk(),
                "POST",
                answers + "?fileName=jawaban.csv",
                "text/csv",
                ("NIK,STATUS\n" + first.applicant().nik() + ",aktif\n").getBytes(StandardCharsets.UTF_8),
                422);
        assertThat(missing.at("/errors/0/row").asInt()).isEqualTo(1);
        assertThat(missing.at("/errors/0/field").asString()).isEqualTo("NO_KIS");
        assertThat(missing.at("/errors/0/code").asString()).isEqualTo("casework.bpjs.answer.missingColumn");
        var empty = call(api.frontDesk(), "POST", answers + "?fileName=jawaban.csv", "text/csv", new byte[0], 422);
        assertThat(empty.at("/errors/0/code").asString()).isEqualTo("casework.bpjs.answer.zeroBytes");

        long answerId = call(
                        api.frontDesk(),
                        "POST",
                        answers + "?fileName=jawaban.csv",
                        "text/csv",
                        ("NIK;NO_KIS;STATUS\n" + first.applicant().nik() + ";0001111111111;aktif\n"
                                        + second.applicant().nik() + ";KIS-GAGAL-API;aktif\n")
                                .getBytes(StandardCharsets.UTF_8),
                        201)
                .at("/answer/id")
                .asLong();
        // PostgreSQL itself refuses the second row's answer, after the first row and its step were written
        jdbc.sql(
                        "alter table bpjs_batch_case add constraint bpjs_api_test_refuses check (kis_number <> 'KIS-GAGAL-API')"
                                + " not valid")
                .update();
        JsonNode failed;
        try {
            failed = call(api.frontDesk(), "POST", answers + "/" + answerId + "/terapkan", null, null, 422);
        } finally {
            jdbc.sql("alter table bpjs_batch_case drop constraint bpjs_api_test_refuses")
                    .update();
        }

        assertThat(failed.at("/errors/0/row").asInt()).isEqualTo(3);
        assertThat(api.office().stepOf(first).positionCode()).isEqualTo(OfficeTestData.BPJS);
        assertThat(api.office().stepOf(second).positionCode()).isEqualTo(OfficeTestData.BPJS);
        assertThat(get(api.frontDesk(), api.base() + "/usulan/" + id, 200)
                        .at("/batch/open")
                        .asInt())
                .isEqualTo(2);
    }

    @Test
    void theOpenApiDocumentDescribesTheExchangeWithItsUploadForms() throws Exception {
        var docs = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs"))
                        .build(),
                BodyHandlers.ofString());
        assertThat(docs.statusCode()).isEqualTo(200);
        var paths = json.readTree(docs.body()).get("paths");
        String base = "/api/offices/{office}/bpjs";

        assertThat(paths.get(base + "/menunggu").has("get")).isTrue();
        assertThat(paths.get(base + "/usulan").has("get")).isTrue();
        assertThat(paths.get(base + "/usulan").has("post")).isTrue();
        assertThat(paths.get(base + "/usulan/{batch}").has("get")).isTrue();
        assertThat(paths.get(base + "/usulan/{batch}/berkas").has("get")).isTrue();
        assertThat(paths.get(base + "/usulan/{batch}/jawaban/{answer}").has("get"))
                .isTrue();
        assertThat(paths.get(base + "/usulan/{batch}/jawaban/{answer}/terapkan").has("post"))
                .isTrue();
        assertThat(paths.get(base + "/usulan/{batch}/jawaban")
                        .get("post")
                        .get("requestBody")
                        .get("content")
                        .propertyNames())
                .contains("multipart/form-data", "text/csv");
        assertThat(paths.get(base + "/usulan").get("get").get("tags").get(0).asString())
                .isEqualTo("BPJS exchange");
    }
}
