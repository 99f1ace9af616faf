package org.werving.system.web;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.restassured.http.ContentType;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.werving.system.WervingSystem;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The candidate's pages in a real browser (headless Chromium) against the running system: find a
 * vacancy by a Dutch word, apply with a CV and a letter, see errors next to their fields with nothing
 * typed lost, open the link from the receipt mail the SMTP server caught, see the admission, book a
 * moment and withdraw; one candidate applies with the keyboard alone. axe-core finds no serious or
 * critical issue on any page, and every page is photographed into docs/screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebPortalTest {
    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    private static final Pattern LINK = Pattern.compile("(http://localhost:\\d+/mijn-kandidatuur\\?application=[0-9a-f-]{36}"
            + "&(?:amp;)?token=[A-Za-z0-9_\\-]+)");
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
            + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    private static GreenMail smtp;
    private static WervingSystem system;
    private static Browser browser;
    private static Path screenshots;
    private static Path uploads;
    private static String werkvloer;
    private static String onthaal;
    private static String slotId;
    private static String otherSlotId;

    @BeforeAll
    static void start() throws Exception {
        // no silent skip: a machine without the browser fails here, and .ci/run installs it
        assertTrue(Browser.available(), Browser.CHROMIUM + " or " + Browser.CHROMEDRIVER
                + " missing: apt-get install chromium chromium-driver (.ci/run does)");
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        system = WervingSystem.startWithWeb(smtp.getSmtp().getPort());
        Path root = Path.of(System.getProperty("werving.root", "../..")).toAbsolutePath().normalize();
        // -Dwerving.screenshots=docs refreshes docs/screenshots; otherwise they go to target/ and the tree stays clean
        screenshots = "docs".equals(System.getProperty("werving.screenshots")) ? root.resolve("docs/screenshots")
                : root.resolve("deploy/system-tests/target/screenshots");
        uploads = Files.createTempDirectory("werving-uploads");
        Files.write(uploads.resolve("cv-anna.pdf"), PDF);
        Files.write(uploads.resolve("brief-anna.pdf"), PDF);

        werkvloer = Hr.publish(system.url("vacancy-service"), Hr.werkvloerbegeleider("WEB-1"));
        onthaal = Hr.publish(system.url("vacancy-service"), Hr.onthaal("WEB-2"));
        awaitCandidateServiceKnows(werkvloer);
        awaitCandidateServiceKnows(onthaal);
        slotId = Hr.openSlot(system.url("selection-service"), werkvloer, 1,
                OffsetDateTime.now(ZoneOffset.UTC).plusDays(21).withHour(8).truncatedTo(ChronoUnit.HOURS), "Stadhuis, zaal 2");
        otherSlotId = Hr.openSlot(system.url("selection-service"), werkvloer, 1,
                OffsetDateTime.now(ZoneOffset.UTC).plusDays(22).withHour(13).truncatedTo(ChronoUnit.HOURS), "Stadhuis, zaal 5");
        browser = Browser.start();
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

    @Test
    @Order(1)
    void findsAVacancyByADutchWordAndReadsEverythingItStates() {
        browser.open(system.webUrl() + "/");
        assertEquals(system.webUrl() + "/vacatures", browser.driver.getCurrentUrl());
        assertTrue(browser.pageText().contains("Werkvloerbegeleider sociale economie"));
        assertTrue(browser.pageText().contains("Medewerker centraal onthaal"));
        browser.assertAccessible("vacatures");
        browser.screenshot(screenshots, "vacatures");
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844)); // a phone, mobile first
        browser.assertAccessible("vacatures op een smal scherm");
        browser.screenshot(screenshots, "vacatures-mobiel");
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1100, 900));

        // the plural "werkvloerbegeleiders" finds the "Werkvloerbegeleider" (Dutch stemming), not the reception job
        browser.type("q", "werkvloerbegeleiders");
        browser.clickToNewPage("form.search button[type=submit]");
        String results = browser.pageText();
        assertTrue(results.contains("Werkvloerbegeleider sociale economie"), results);
        assertFalse(results.contains("Medewerker centraal onthaal"), results);
        assertTrue(browser.driver.getCurrentUrl().contains("q=werkvloerbegeleiders"));
        browser.assertAccessible("vacatures gezocht");
        browser.screenshot(screenshots, "vacatures-zoeken");

        // a filter: the directorate
        browser.open(system.webUrl() + "/vacatures");
        new org.openqa.selenium.support.ui.Select(browser.find("#directie")).selectByVisibleText("Burgerzaken");
        browser.clickToNewPage("form.search button[type=submit]");
        assertTrue(browser.pageText().contains("Medewerker centraal onthaal"));
        assertFalse(browser.pageText().contains("Werkvloerbegeleider sociale economie"));

        browser.open(system.webUrl() + "/vacatures?q=werkvloerbegeleiders");
        browser.clickToNewPage(browser.driver.findElement(By.linkText("Werkvloerbegeleider sociale economie")));
        String detail = browser.pageText();
        for (String stated : new String[] {"Je begeleidt doelgroepwerknemers", "Je leert doelgroepwerknemers de stiel",
                "Een team van vijf begeleiders", "Je werkt graag buiten", "Klantgerichtheid",
                "Je speelt in op de vragen van de doelgroepwerknemer", "een diploma dat toegang geeft tot niveau B",
                "minstens 1 jaar relevante werkervaring en slagen voor de capaciteitstest", "niveauanciënniteit op niveau C",
                "Een rijbewijs B is een voordeel", "Speedinterview", "onder voorbehoud", "wervingsreserve",
                "contract van onbepaalde duur", "Maaltijdcheques", "Stadsatelier, Kortrijksesteenweg 12",
                "Kom kennismaken", "selectie@werving.example"}) {
            assertTrue(detail.contains(stated), "the detail page states: " + stated);
        }
        browser.assertAccessible("vacature");

        // the salary estimate from the candidate's own years (vacancy-service's demo table for B1-B3)
        browser.type("privejaren", "5");
        browser.type("publiekejaren", "2");
        browser.find("#loonschatting button").click();
        await().atMost(Duration.ofSeconds(10)).until(() -> !browser.all("#loonschatting .estimate").isEmpty());
        assertTrue(browser.text("#loonschatting .estimate").startsWith("€"), browser.text("#loonschatting"));
        assertTrue(browser.text("#loonschatting").contains("7 jaar meegetelde ervaring"), browser.text("#loonschatting"));
        browser.assertAccessible("vacature met loonschatting");
        browser.screenshot(screenshots, "vacature");
    }

    @Test
    @Order(2)
    void appliesWithUploadsSeesErrorsNextToTheirFieldsAndLosesNothing() {
        browser.open(system.webUrl() + "/vacatures/" + werkvloer);
        browser.clickToNewPage(browser.driver.findElement(By.linkText("Solliciteer voor deze vacature")));
        assertTrue(browser.driver.getCurrentUrl().endsWith("/vacatures/" + werkvloer + "/solliciteren"));
        // only the questions that matter: internal track, diploma, seniority elsewhere (a condition counts it), licence
        assertFalse(browser.all("#levelSeniorityOtherLocalGovernmentMonths").isEmpty());
        assertTrue(browser.all("#gradeSeniorityOtherLocalGovernmentMonths").isEmpty());
        assertFalse(browser.all("#drivingLicence-ja").isEmpty());
        browser.assertAccessible("solliciteren");
        browser.screenshot(screenshots, "solliciteren");

        browser.type("firstName", "Anna");
        browser.type("lastName", "Peeters");
        browser.type("email", "anna.peeters-at-example.org");
        browser.find("#internal-nee").click();
        new org.openqa.selenium.support.ui.Select(browser.find("#diplomaLevel")).selectByValue("B");
        browser.type("diploma", "Bachelor sociaal werk");
        browser.type("relevantExperienceMonths", "6");
        browser.find("#drivingLicence-ja").click();
        browser.type("motivation", "Ik begeleid graag mensen naar werk.");
        browser.find("#cv").sendKeys(uploads.resolve("cv-anna.pdf").toString());
        browser.find("#motivationLetter").sendKeys(uploads.resolve("brief-anna.pdf").toString());
        // consent not given, e-mail address malformed
        browser.clickToNewPage("form button[type=submit]");

        assertTrue(browser.driver.getTitle().startsWith("Fout: "), browser.driver.getTitle());
        WebElement emailField = browser.find("#email").findElement(By.xpath(".."));
        assertTrue(emailField.getText().contains("Vul een geldig e-mailadres in"), emailField.getText());
        assertEquals("true", browser.find("#email").getAttribute("aria-invalid"));
        assertTrue(browser.find("#email").getAttribute("aria-describedby").contains("email-fout"));
        WebElement consentField = browser.find("#privacyConsent").findElement(By.xpath("../.."));
        assertTrue(consentField.getText().contains("Aanvaard de privacyverklaring"), consentField.getText());
        assertTrue(browser.text(".error-summary").contains("Vul een geldig e-mailadres in"));
        // nothing typed is lost
        assertEquals("Anna", browser.find("#firstName").getAttribute("value"));
        assertEquals("anna.peeters-at-example.org", browser.find("#email").getAttribute("value"));
        assertEquals("B", browser.find("#diplomaLevel").getAttribute("value"));
        assertEquals("Bachelor sociaal werk", browser.find("#diploma").getAttribute("value"));
        assertEquals("6", browser.find("#relevantExperienceMonths").getAttribute("value"));
        assertTrue(browser.find("#internal-nee").isSelected());
        assertTrue(browser.find("#drivingLicence-ja").isSelected());
        assertEquals("Ik begeleid graag mensen naar werk.", browser.find("#motivation").getAttribute("value"));
        assertTrue(browser.text(".error-summary").contains("bestanden moet je opnieuw kiezen"));
        browser.assertAccessible("solliciteren met fouten");
        browser.screenshot(screenshots, "solliciteren-fouten");

        browser.type("email", "anna.peeters@example.org");
        browser.find("#privacyConsent").click();
        browser.find("#cv").sendKeys(uploads.resolve("cv-anna.pdf").toString());
        browser.find("#motivationLetter").sendKeys(uploads.resolve("brief-anna.pdf").toString());
        browser.clickToNewPage("form button[type=submit]");

        assertTrue(browser.driver.getCurrentUrl().endsWith("/vacatures/" + werkvloer + "/bedankt"));
        assertTrue(browser.pageText().contains("we hebben je sollicitatie ontvangen"));
        browser.assertAccessible("bedankt");
        browser.screenshot(screenshots, "bedankt");
    }

    @Test
    @Order(3)
    void opensTheMailedLinkSeesTheAdmissionBooksAMomentAndWithdraws() {
        String link = awaitLinkMailedTo("anna.peeters@example.org");
        String token = link.substring(link.indexOf("token=") + 6);
        browser.driver.manage().deleteAllCookies(); // the link alone must open the application
        // followed from a mail on another site (here a data: page): a cross-site navigation, whose redirect
        // does not carry the SameSite=Strict cookie; the page's same-site refresh brings it along
        browser.open("data:text/html;charset=utf-8," + java.net.URLEncoder.encode("<html lang=nl><title>webmail</title>"
                + "<a id=link href=\"" + link.replace("&", "&amp;") + "\">Mijn kandidatuur</a></html>", StandardCharsets.UTF_8)
                .replace("+", "%20"));
        browser.find("#link").click();
        await().atMost(Duration.ofSeconds(15)).until(() -> browser.driver.getCurrentUrl().equals(system.webUrl()
                + "/mijn-kandidatuur") && browser.pageText().contains("Dag Anna"));
        // the secret left the address bar at once, into an HttpOnly, Secure, SameSite=Strict cookie
        assertEquals(system.webUrl() + "/mijn-kandidatuur", browser.driver.getCurrentUrl());
        Cookie session = browser.driver.manage().getCookieNamed("werving_kandidatuur");
        assertNotNull(session, "session cookie");
        assertTrue(session.isHttpOnly(), "HttpOnly");
        assertTrue(session.isSecure(), "Secure");
        assertEquals("Strict", session.getSameSite());
        assertFalse(session.getValue().contains(token), "the token is sealed");
        assertEquals("", String.valueOf(((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("return document.cookie")), "scripts cannot read the session");

        await().atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(1)).until(() -> {
            browser.driver.navigate().refresh();
            return browser.pageText().contains("Toegelaten tot de selectieprocedure");
        });
        String page = browser.pageText();
        assertTrue(page.contains("Kandidatuur ontvangen"), page);
        assertTrue(page.contains("cv-anna.pdf") && page.contains("brief-anna.pdf"), page);
        browser.assertAccessible("mijn kandidatuur");

        assertFalse(browser.all("#slot-" + slotId).isEmpty(), "the free moment is offered");
        browser.screenshot(screenshots, "mijn-kandidatuur");
        browser.find("#slot-" + slotId).click();
        browser.clickToNewPage("form[action='/mijn-kandidatuur/boeken'] button");
        assertTrue(browser.pageText().contains("We hebben je keuze doorgegeven"));
        await().atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(1)).until(() -> {
            browser.driver.navigate().refresh();
            return !browser.all("#geboekt").isEmpty() && browser.text("#geboekt").contains("Stadhuis, zaal 2");
        });
        assertTrue(browser.all("#ander-" + slotId).isEmpty(), "the held moment is not offered to move to");
        browser.assertAccessible("mijn kandidatuur met moment");
        browser.screenshot(screenshots, "mijn-kandidatuur-moment");

        movesAndCancelsTheMomentWithTheKeyboard();

        browser.find("#bevestig-intrekken").click();
        browser.clickToNewPage("form[action='/mijn-kandidatuur/intrekken'] button");
        assertTrue(browser.pageText().contains("Je kandidatuur is ingetrokken"));
        assertEquals(system.webUrl() + "/mijn-kandidatuur?gedaan=ingetrokken", browser.driver.getCurrentUrl());
        await().atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(1)).until(() -> {
            browser.driver.navigate().refresh();
            return browser.text(".status").equals("Ingetrokken");
        });
        browser.assertAccessible("mijn kandidatuur ingetrokken");
        browser.screenshot(screenshots, "mijn-kandidatuur-ingetrokken");
        assertFalse(webLog().contains(token), "the secret never reaches the web's log");
    }

    /**
     * CONTRACTS C3 from the page, keyboard only: move the held moment to the other free one (the old seat is freed),
     * try to cancel without ticking the box (nothing happens), cancel, and choose again.
     */
    private static void movesAndCancelsTheMomentWithTheKeyboard() {
        browser.tabToId("ander-" + otherSlotId);
        browser.keys(Keys.SPACE);
        assertTrue(browser.find("#ander-" + otherSlotId).isSelected());
        WebElement move = browser.tabToText("Verplaatsen naar dit moment");
        WebElement before = browser.find("html");
        move.sendKeys(Keys.ENTER);
        browser.awaitReplaced(before);
        assertTrue(browser.pageText().contains("We hebben gevraagd om je moment te verplaatsen"), browser.pageText());
        assertEquals(system.webUrl() + "/mijn-kandidatuur?gedaan=verplaatst", browser.driver.getCurrentUrl());
        await().atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(1)).until(() -> {
            browser.driver.navigate().refresh();
            return !browser.all("#geboekt").isEmpty() && browser.text("#geboekt").contains("Stadhuis, zaal 5");
        });
        assertTrue(browser.text(".timeline").contains("is verplaatst"), browser.text(".timeline"));
        // the seat left behind is free again: its slot (two seats) shows both free
        assertTrue(browser.text("label[for='ander-" + slotId + "']").contains("nog 2 plaatsen"),
                browser.text("label[for='ander-" + slotId + "']"));
        browser.assertAccessible("mijn kandidatuur na verplaatsen");
        browser.screenshot(screenshots, "mijn-kandidatuur-verplaatst");

        // without the box ticked nothing is cancelled, and the error points at the box
        browser.clickToNewPage("form[action='/mijn-kandidatuur/annuleren'] button");
        assertTrue(browser.text(".error-summary").contains("Vink aan dat je je moment wilt annuleren"));
        assertTrue(browser.text("#geboekt").contains("Stadhuis, zaal 5"));

        browser.tabToId("bevestig-annuleren");
        browser.keys(Keys.SPACE);
        WebElement cancel = browser.tabToText("Moment annuleren");
        WebElement page = browser.find("html");
        cancel.sendKeys(Keys.ENTER);
        browser.awaitReplaced(page);
        assertTrue(browser.pageText().contains("We hebben je annulering doorgegeven"), browser.pageText());
        await().atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(1)).until(() -> {
            browser.driver.navigate().refresh();
            return browser.all("#geboekt").isEmpty() && !browser.all("#slot-" + otherSlotId).isEmpty();
        });
        assertTrue(browser.text(".timeline").contains("geannuleerd"), browser.text(".timeline"));
        browser.assertAccessible("mijn kandidatuur na annuleren");
        browser.screenshot(screenshots, "mijn-kandidatuur-geannuleerd");
    }

    @Test
    @Order(4)
    void aFormWithoutTheSessionsCsrfTokenChangesNothing() {
        String cookie = browser.driver.manage().getCookieNamed("werving_kandidatuur").getValue();
        // the right of access: everything held, as a JSON download, only with the session
        given().cookie("werving_kandidatuur", cookie).get(system.webUrl() + "/mijn-kandidatuur/gegevens").then()
                .statusCode(200).header("Content-Disposition", containsString("attachment"))
                .body("email", equalTo("anna.peeters@example.org")).body("documents.size()", equalTo(2));
        given().get(system.webUrl() + "/mijn-kandidatuur/gegevens").then().statusCode(403);
        given().redirects().follow(false).cookie("werving_kandidatuur", cookie).contentType(ContentType.URLENC)
                .formParam("bevestig", "ja").formParam("csrf", "vervalst")
                .post(system.webUrl() + "/mijn-kandidatuur/wissen").then().statusCode(403);
        // and without a session the page asks for the mailed link, with no secret in it
        browser.driver.manage().deleteAllCookies();
        browser.open(system.webUrl() + "/mijn-kandidatuur");
        assertTrue(browser.pageText().contains("persoonlijke link"));
        browser.assertAccessible("mijn kandidatuur zonder sessie");
        browser.screenshot(screenshots, "mijn-kandidatuur-zonder-link");
        given().get(system.webUrl() + "/vacatures").then().header("Referrer-Policy", "no-referrer");
    }

    /** Keyboard only: search, open the vacancy, fill in the form and send it, and read the confirmation. */
    @Test
    @Order(5)
    void appliesWithTheKeyboardAlone() {
        browser.driver.manage().deleteAllCookies();
        browser.open(system.webUrl() + "/vacatures");
        browser.tabToId("q");
        browser.keys("onthaal", Keys.ENTER);
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.driver.getCurrentUrl().contains("q=onthaal"));
        browser.tabToText("Medewerker centraal onthaal");
        browser.keys(Keys.ENTER);
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.driver.getCurrentUrl().endsWith("/vacatures/" + onthaal));
        browser.tabToText("Solliciteer voor deze vacature");
        browser.keys(Keys.ENTER);
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.driver.getCurrentUrl().endsWith("/solliciteren"));

        Map<String, String> typed = new HashMap<>();
        typed.put("firstName", "Bert");
        typed.put("lastName", "Claes");
        typed.put("email", "bert.claes@example.org");
        for (var field : new String[] {"firstName", "lastName", "email"}) {
            browser.tabToId(field);
            browser.keys(typed.get(field));
        }
        browser.tabToId("internal-ja");   // a radio group is one tab stop; arrow keys choose
        browser.keys(Keys.ARROW_DOWN);     // "Nee"
        browser.tabToId("diplomaLevel");
        browser.keys("Niveau C");         // typing selects the option that starts with it
        browser.tabToId("relevantExperienceMonths");
        browser.keys("24");
        browser.tabToId("privacyConsent");
        browser.keys(Keys.SPACE);
        browser.tabToText("Sollicitatie versturen");
        browser.keys(Keys.ENTER);
        await().atMost(Duration.ofSeconds(20)).until(() -> browser.driver.getCurrentUrl().endsWith("/bedankt"));
        assertTrue(browser.pageText().contains("Medewerker centraal onthaal"));
        String link = awaitLinkMailedTo("bert.claes@example.org");

        // and asks for erasure, with the keyboard alone too
        browser.driver.manage().deleteAllCookies();
        browser.open(link);
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.pageText().contains("Dag Bert"));
        browser.tabToId("bevestig-wissen");
        browser.keys(Keys.SPACE);
        browser.tabToText("Mijn gegevens wissen");
        browser.keys(Keys.ENTER);
        await().atMost(Duration.ofSeconds(20)).until(() -> browser.pageText().contains("Je gegevens zijn gewist"));
        browser.assertAccessible("gegevens gewist");
        browser.screenshot(screenshots, "mijn-kandidatuur-gewist");
        browser.open(link);
        assertTrue(browser.pageText().contains("Deze link werkt niet (meer)"));
        browser.assertAccessible("link werkt niet meer");
    }

    private static String webLog() {
        try {
            return Files.readString(Path.of(System.getProperty("werving.root", "../..")).toAbsolutePath().normalize()
                    .resolve("deploy/system-tests/target/service-logs/web.log"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String awaitLinkMailedTo(String address) {
        String[] link = new String[1];
        await().atMost(EVENTUALLY).pollInterval(Duration.ofMillis(500)).until(() -> {
            for (MimeMessage mail : smtp.getReceivedMessages()) {
                if (Arrays.stream(mail.getAllRecipients()).anyMatch(a -> a.toString().contains(address))) {
                    Matcher m = LINK.matcher(GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "="));
                    if (m.find()) {
                        link[0] = m.group(1).replace("&amp;", "&");
                        return true;
                    }
                }
            }
            return false;
        });
        return link[0];
    }

    /** Applies through the API (another candidate) as soon as candidate-service has learnt of the vacancy. */
    private static void awaitCandidateServiceKnows(String vacancyId) {
        Map<String, Object> body = new HashMap<>();
        body.put("vacancyId", vacancyId);
        body.put("firstName", "Ward");
        body.put("lastName", "Verhaeghe");
        body.put("email", "ward." + vacancyId.substring(0, 8) + "@example.org");
        body.put("internal", false);
        body.put("diplomaLevel", "A");
        body.put("relevantExperienceMonths", 60);
        body.put("privacyConsent", true);
        body.put("privacyStatementVersion", "2026-01");
        await().atMost(EVENTUALLY).until(() -> given().contentType(ContentType.JSON).body(body)
                .post(system.url("candidate-service") + "/applications").statusCode() == 201);
    }

}
