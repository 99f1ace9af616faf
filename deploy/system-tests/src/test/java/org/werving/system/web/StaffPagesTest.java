package org.werving.system.web;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.werving.system.WervingSystem;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HR and two jurors run a procedure through the pages in a real browser: publish (after the publication check
 * refused an incomplete draft), see every candidate by name, override one screening, compose the jury, score as
 * two jurors (all or nothing, the missing scores listed, the other juror's scores hidden), close the stage after
 * its preview, see the reserve by name, appoint the next laureate and export the reserve. The role matrix from
 * the pages: a juror of another procedure sees nothing of it, a candidate's cookie opens nothing of HR's.
 * axe-core finds no serious or critical issue on any page; the pages are photographed into docs/screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StaffPagesTest {
    private static final Duration EVENTUALLY = Duration.ofSeconds(60);

    private static GreenMail smtp;
    private static WervingSystem system;
    private static Browser browser;
    private static Path screenshots;
    private static String vacancy;
    private static String draft;
    private static final Map<String, String> applications = new HashMap<>();

    @BeforeAll
    static void start() throws Exception {
        assertTrue(Browser.available(), Browser.CHROMIUM + " or " + Browser.CHROMEDRIVER + " missing");
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        system = WervingSystem.startWithWeb(smtp.getSmtp().getPort());
        Path root = Path.of(System.getProperty("werving.root", "../..")).toAbsolutePath().normalize();
        screenshots = "docs".equals(System.getProperty("werving.screenshots")) ? root.resolve("docs/screenshots")
                : root.resolve("deploy/system-tests/target/screenshots");
        Map<String, Object> body = Hr.werkvloerbegeleider("HR-1");
        body.put("title", "Coördinator sociale economie");
        body.put("stages", List.of(Map.of("order", 1, "type", "SPEED_INTERVIEW", "name", "Jurygesprek",
                "eliminating", true, "passMark", 60, "topN", 2, "tieRule", "EARLIEST_APPLICATION")));
        vacancy = create(body);
        Map<String, Object> incomplete = Hr.onthaal("HR-2");
        incomplete.remove("applicationDeadline");
        draft = create(incomplete);
        browser = Browser.start();
    }

    private static String create(Map<String, Object> body) {
        return Hr.asHr().contentType(ContentType.JSON).body(body).post(system.url("vacancy-service") + "/hr/vacancies")
                .then().statusCode(201).extract().path("id");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (system != null) {
            system.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    private static void signIn(String person, String role) {
        browser.driver.manage().deleteAllCookies();
        browser.open(system.webUrl() + "/aanmelden");
        browser.type("persoon", person);
        browser.find("#rol-" + role).click();
        browser.clickToNewPage("form button[type=submit]");
    }

    private static void check(String name) {
        browser.assertAccessible(name);
        browser.screenshot(screenshots, name);
    }

    @Test
    @Order(1)
    void hrPublishesAfterThePublicationCheckAndSeesEveryCandidateByName() {
        browser.open(system.webUrl() + "/hr");
        assertTrue(browser.driver.getCurrentUrl().endsWith("/aanmelden"), "the HR pages ask for a sign-in first");
        browser.assertAccessible("aanmelden");
        browser.screenshot(screenshots, "hr-aanmelden");
        signIn("hr.demo", "hr");
        assertTrue(browser.driver.getCurrentUrl().endsWith("/hr"), browser.driver.getCurrentUrl());
        assertTrue(browser.pageText().contains("Coördinator sociale economie"));
        check("hr-vacatures");

        browser.open(system.webUrl() + "/hr/vacatures/" + draft);
        browser.clickToNewPage("#publiceren");
        assertTrue(browser.text(".error-summary").contains("De uiterste sollicitatiedatum ontbreekt"),
                browser.text(".error-summary"));
        assertTrue(browser.driver.getTitle().startsWith("Fout: "));
        check("hr-publicatiecontrole");

        browser.open(system.webUrl() + "/hr/vacatures/" + vacancy);
        browser.clickToNewPage("#publiceren");
        assertTrue(browser.pageText().contains("De vacature is gepubliceerd."), browser.pageText());

        apply("Anna", "Peeters", "B", 0);
        apply("Bart", "Claes", "C", 0);   // no diploma of level B, no experience: not admitted
        apply("Chris", "Wouters", "B", 0);
        await().atMost(EVENTUALLY).until(() -> Hr.asHr().get(system.url("selection-service") + "/candidacies/"
                + applications.get("Bart")).statusCode() == 200 && Hr.asHr().get(system.url("selection-service")
                + "/candidacies/" + applications.get("Chris")).statusCode() == 200);
        await().atMost(EVENTUALLY).until(() -> "NOT_ADMITTED".equals(Hr.asHr().get(system.url("selection-service")
                + "/candidacies/" + applications.get("Bart")).path("status")));
        browser.open(system.webUrl() + "/hr/vacatures/" + vacancy);
        String board = browser.pageText();
        for (String name : List.of("Anna Peeters", "Bart Claes", "Chris Wouters")) {
            assertTrue(board.contains(name), "the board names " + name);
        }
        assertTrue(board.contains("niet toegelaten"), board);
        check("hr-procedure");
    }

    private static void apply(String first, String last, String diploma, int months) {
        Map<String, Object> body = new HashMap<>();
        body.put("vacancyId", vacancy);
        body.put("firstName", first);
        body.put("lastName", last);
        body.put("email", first.toLowerCase() + "@example.org");
        body.put("internal", false);
        body.put("privacyConsent", true);
        body.put("privacyStatementVersion", "2026-01");
        body.put("diplomaLevel", diploma);
        body.put("relevantExperienceMonths", months);
        await().atMost(EVENTUALLY).until(() -> {
            var response = given().contentType(ContentType.JSON).body(body)
                    .post(system.url("candidate-service") + "/applications");
            if (response.statusCode() == 201) {
                applications.put(first, response.path("id"));
                return true;
            }
            return false;
        });
    }

    @Test
    @Order(2)
    void hrOverridesOneScreeningAndComposesTheJury() {
        String bart = applications.get("Bart");
        browser.open(system.webUrl() + "/hr/vacatures/" + vacancy);
        browser.find("#scr-ja-" + bart).click();
        browser.type("scr-mot-" + bart, "Zes jaar begeleiding in een maatwerkbedrijf weegt op tegen het diploma.");
        browser.clickToNewPage(browser.find("#kandidaat-" + bart).findElement(
                By.xpath(".//form[contains(@action,'/screening')]//button")));
        assertTrue(browser.pageText().contains("De screening is herzien."), browser.pageText());
        await().atMost(EVENTUALLY).until(() -> "IN_STAGE".equals(Hr.asHr().get(system.url("selection-service")
                + "/candidacies/" + bart).path("status")));
        await().atMost(EVENTUALLY).until(() -> "IN_STAGE".equals(Hr.asHr().get(system.url("selection-service")
                + "/candidacies/" + applications.get("Anna")).path("status")));

        browser.open(system.webUrl() + "/hr/vacatures/" + vacancy + "/fasen/1");
        browser.type("lid-0", "jurylid.an");
        browser.type("lid-1", "jurylid.extern");
        browser.find("#extern-1").click();
        browser.clickToNewPage(browser.find("form[action$='/jury'] button"));
        assertTrue(browser.pageText().contains("De jury is bewaard."), browser.pageText());
        assertTrue(browser.pageText().contains("jurylid.extern (extern)"), browser.pageText());

        // a time slot of the stage, opened on the page: its row shows when, how long, where and how full
        LocalDate day = LocalDate.now().plusDays(14);
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[2].value = arguments[3]",
                browser.find("#dag"), day.toString(), browser.find("#uur"), "10:30");
        browser.type("duur", "45");
        browser.type("plaats", "Stadhuis, zaal 3");
        browser.type("plaatsen", "2");
        browser.clickToNewPage(browser.find("form[action$='/momenten'] button"));
        assertTrue(browser.pageText().contains("Het moment is geopend."), browser.pageText());
        WebElement slot = browser.driver.findElement(By.xpath("//tr[td[contains(.,'Stadhuis, zaal 3')]]"));
        assertTrue(slot.getText().contains("45 minuten") && slot.getText().contains("0 van 2"), slot.getText());
        assertTrue(slot.getText().contains("10.30") || slot.getText().contains("10:30"), slot.getText());
        check("hr-fase");
    }

    @Test
    @Order(3)
    void twoJurorsScoreTheirStageAllOrNothingWithoutSeeingEachOther() {
        signIn("jurylid.an", "jury");
        assertTrue(browser.driver.getCurrentUrl().endsWith("/jury"));
        assertTrue(browser.pageText().contains("Jurygesprek"), browser.pageText());
        check("jury");
        browser.clickToNewPage(browser.driver.findElement(By.linkText("Jurygesprek")));
        int scale = scale();
        assertTrue(browser.pageText().contains("Nog te scoren"), browser.pageText());
        check("jury-scores");

        // a score off the scale: nothing is saved, the error stands next to the field
        scoreAs("Anna", String.valueOf(scale + 5));
        assertTrue(browser.driver.getTitle().startsWith("Fout: "));
        assertTrue(browser.pageText().contains("Geef een score van 0 tot en met " + scale), browser.pageText());
        check("jury-scores-fout");

        scoreAs("Anna", String.valueOf(scale * 9 / 10));
        assertTrue(browser.pageText().contains("zijn bewaard"), browser.pageText());
        scoreAs("Bart", String.valueOf(scale * 8 / 10));
        scoreAs("Chris", String.valueOf(scale * 7 / 10));

        signIn("jurylid.extern", "jury");
        browser.open(system.webUrl() + "/jury/" + vacancy + "/fasen/1");
        String page = browser.pageText();
        assertFalse(page.contains("jurylid.an"), "the other juror's scores stay hidden until the stage is closed");
        assertTrue(page.contains("hele proef"), "a stage without components is scored as a whole: " + page);
        assertFalse(page.contains("INTERVIEW"), "no internal component name or code: " + page);
        assertFalse(page.contains("Alle scores ingevuld"), page);
        scoreAs("Anna", String.valueOf(scale * 8 / 10));
        scoreAs("Bart", String.valueOf(scale * 8 / 10));
        scoreAs("Chris", String.valueOf(scale / 2));
    }

    private static int scale() {
        Matcher m = Pattern.compile("score van 0 tot en met (\\d+)").matcher(browser.pageText());
        assertTrue(m.find(), browser.pageText());
        return Integer.parseInt(m.group(1));
    }

    /** Types one score into every field of the candidate's form and saves it. */
    private static void scoreAs(String candidate, String value) {
        String dossier = applications.get(candidate).substring(0, 8);
        WebElement section = browser.all("section.candidate").stream()
                .filter(s -> s.getText().contains("dossier " + dossier)).findFirst().orElseThrow();
        for (WebElement input : section.findElements(By.cssSelector("input[type=text]"))) {
            input.clear();
            input.sendKeys(value);
        }
        browser.clickToNewPage(section.findElement(By.cssSelector("button[type=submit]")));
    }

    @Test
    @Order(4)
    void aJurorOfAnotherProcedureSeesNothingOfIt() {
        signIn("jurylid.cor", "jury");
        assertTrue(browser.pageText().contains("Je zit (nog) in geen enkele jury"), browser.pageText());
        browser.open(system.webUrl() + "/jury/" + vacancy + "/fasen/1");
        assertTrue(browser.pageText().contains("Geen toegang"), browser.pageText());
        assertFalse(browser.pageText().contains("dossier"));
        browser.open(system.webUrl() + "/hr/vacatures/" + vacancy);
        assertTrue(browser.pageText().contains("Geen toegang"), "a juror opens nothing of HR's");
        assertFalse(browser.pageText().contains("Anna Peeters"));
        check("geen-toegang");
    }

    @Test
    @Order(5)
    void hrClosesTheStageAfterItsPreviewAndAppointsFromTheReserve() {
        signIn("hr.demo", "hr");
        browser.open(system.webUrl() + "/hr/vacatures/" + vacancy + "/fasen/1");
        browser.clickToNewPage(browser.driver.findElement(By.partialLinkText("Fase afsluiten")));
        String preview = browser.pageText();
        assertTrue(preview.contains("Er is nog niets beslist"), preview);
        assertTrue(preview.contains("de beste 2 gaan door"), preview);
        assertTrue(preview.contains("Anna Peeters") && preview.contains("Bart Claes") && preview.contains("Chris Wouters"));
        WebElement chrisRow = browser.driver.findElement(By.xpath("//tr[td[contains(.,'Chris Wouters')]]"));
        assertTrue(chrisRow.getText().contains("gaat niet door"), chrisRow.getText());
        check("hr-fase-afsluiten");
        browser.clickToNewPage("#bevestigen");
        assertTrue(browser.pageText().contains("De fase is afgesloten."), browser.pageText());

        await().atMost(EVENTUALLY).until(() -> {
            browser.open(system.webUrl() + "/hr/vacatures/" + vacancy + "/reserve");
            return browser.pageText().contains("Gerangschikte laureaten");
        });
        String reserve = browser.pageText();
        assertTrue(reserve.contains("Anna Peeters") && reserve.contains("Bart Claes"), reserve);
        assertFalse(reserve.contains("Chris Wouters"), reserve);
        String next = browser.find("[id^=volgende-]").getText();
        assertTrue(next.contains("Anna Peeters") && next.contains("rang 1"), next);
        check("hr-reserve");

        browser.type("aan-dienst-" + reserveId(), "Sociale economie");
        // a date field takes its value the way the browser's own date picker sets it
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1]",
                browser.find("#aan-start-" + reserveId()), LocalDate.now().plusDays(30).toString());
        browser.clickToNewPage(browser.find("form[action$='/aanstellen'] button"));
        assertTrue(browser.pageText().contains("De aanstelling is bewaard."), browser.pageText());
        WebElement annaRow = browser.driver.findElement(By.xpath("//tr[td[contains(.,'Anna Peeters')]]"));
        assertTrue(annaRow.getText().contains("aangesteld"), annaRow.getText());

        Cookie staff = browser.driver.manage().getCookieNamed("werving_medewerker");
        String csvUrl = browser.find("a[href$='reserve.csv']").getAttribute("href");
        var csvAnswer = given().cookie(staff.getName(), staff.getValue()).get(csvUrl);
        assertEquals(200, csvAnswer.statusCode());
        assertTrue(csvAnswer.contentType().startsWith("text/csv"), csvAnswer.contentType());
        String csv = csvAnswer.asString();
        assertTrue(csv.contains(";Naam;"), csv);
        assertTrue(csv.contains("Anna Peeters") && csv.contains("Bart Claes"), csv);
        String xlsxUrl = browser.find("a[href$='reserve.xlsx']").getAttribute("href");
        byte[] xlsx = given().cookie(staff.getName(), staff.getValue()).get(xlsxUrl).then().statusCode(200)
                .extract().asByteArray();
        assertEquals('P', (char) xlsx[0]); // a zip: the workbook
        byte[] pdf = given().cookie(staff.getName(), staff.getValue())
                .get(system.webUrl() + "/hr/vacatures/" + vacancy + "/verslag.pdf").then().statusCode(200)
                .extract().asByteArray();
        assertTrue(new String(pdf, 0, 5).startsWith("%PDF"));
        // without the staff cookie the export is not handed out
        given().redirects().follow(false).get(csvUrl).then().statusCode(303);

        await().atMost(EVENTUALLY).until(() -> {
            browser.open(system.webUrl() + "/hr/dashboard");
            return browser.pageText().contains("Coördinator sociale economie");
        });
        assertFalse(browser.all("svg.chart").isEmpty());
        assertTrue(browser.find("a[href*='werving-dashboard.csv']").isDisplayed());
        check("hr-dashboard");
    }

    @Test
    @Order(7)
    void theCandidateWhoWasNotAdmittedDownloadsTheDecisionLetterFromTheirPage() {
        browser.driver.manage().deleteAllCookies();
        await().atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(1)).until(() -> {
            browser.open(linkMailedTo("bart@example.org"));
            return !browser.all("a[href^='/mijn-kandidatuur/brieven/']").isEmpty();
        });
        WebElement letter = browser.find("a[href^='/mijn-kandidatuur/brieven/']");
        // HR admitted Bart after all (the override above): the refusal is listed as withdrawn, never as in force
        assertTrue(letter.getText().trim().startsWith("Beslissing over je toelating tot de selectieprocedure (ingetrokken op "),
                letter.getText());
        check("mijn-kandidatuur-brieven");
        Cookie session = browser.driver.manage().getCookieNamed("werving_kandidatuur");
        byte[] pdf = given().cookie(session.getName(), session.getValue()).get(letter.getAttribute("href"))
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertTrue(new String(pdf, 0, 5).startsWith("%PDF") && pdf.length > 1000, "a PDF of " + pdf.length + " bytes");
        // without the candidate's cookie the letter is not handed out
        given().redirects().follow(false).get(letter.getAttribute("href")).then().statusCode(org.hamcrest.Matchers.not(200));
    }

    /** The "mijn kandidatuur" link of the receipt mail candidate-service sent to {@code address}. */
    private static String linkMailedTo(String address) {
        Pattern link = Pattern.compile("(http://localhost:\\d+/mijn-kandidatuur\\?application=[0-9a-f-]{36}"
                + "&(?:amp;)?token=[A-Za-z0-9_\\-]+)");
        String[] found = new String[1];
        await().atMost(EVENTUALLY).pollInterval(Duration.ofMillis(500)).until(() -> {
            for (jakarta.mail.internet.MimeMessage mail : smtp.getReceivedMessages()) {
                if (java.util.Arrays.stream(mail.getAllRecipients()).anyMatch(a -> a.toString().contains(address))) {
                    Matcher m = link.matcher(com.icegreen.greenmail.util.GreenMailUtil.getBody(mail)
                            .replace("=\r\n", "").replace("=3D", "="));
                    if (m.find()) {
                        found[0] = m.group(1).replace("&amp;", "&");
                        return true;
                    }
                }
            }
            return false;
        });
        return found[0];
    }

    private static String reserveId() {
        String id = browser.find("[id^=volgende-]").getAttribute("id");
        return id.substring("volgende-".length());
    }

    @Test
    @Order(6)
    void aCandidatesLinkOpensNothingOfHrs() {
        browser.driver.manage().deleteAllCookies();
        browser.open(linkMailedTo("anna@example.org"));
        assertTrue(browser.pageText().contains("Coördinator sociale economie"), browser.pageText());
        browser.open(system.webUrl() + "/hr/vacatures/" + vacancy);
        assertTrue(browser.driver.getCurrentUrl().endsWith("/aanmelden"), browser.driver.getCurrentUrl());
        browser.open(system.webUrl() + "/jury/" + vacancy + "/fasen/1");
        assertTrue(browser.driver.getCurrentUrl().endsWith("/aanmelden"), browser.driver.getCurrentUrl());
        assertFalse(browser.pageText().contains("Bart Claes"));
    }
}
