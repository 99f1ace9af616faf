package org.werving.reserve.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.werving.reserve.mapping.ReserveMapper;
import org.werving.reserve.messaging.InvalidEventException;
import org.werving.reserve.messaging.Outbox;
import org.werving.reserve.messaging.SelectionPassed;
import org.werving.reserve.messaging.VacancyPublished;
import org.werving.reserve.model.EntryState;
import org.werving.reserve.model.ReserveEntry;
import org.werving.reserve.model.ReserveType;
import org.werving.reserve.model.ReserveVacancy;
import org.werving.reserve.repository.ReserveEntryRepository;
import org.werving.reserve.repository.ReserveVacancyRepository;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The recruitment and promotion reserves. The event methods run inside the inbox's transaction
 * (they open none of their own); an entry and its ReserveEntryCreated event commit together.
 */
@ApplicationScoped
public class ReserveService {
    public static final String AGGREGATE = "reserve-entry";
    private static final Logger LOG = Logger.getLogger(ReserveService.class);

    private final ReserveEntryRepository entries;
    private final ReserveVacancyRepository vacancies;
    private final ReserveMapper mapper;
    private final Outbox outbox;
    private final ZoneId zone;
    private final Clock clock;

    public ReserveService(ReserveEntryRepository entries, ReserveVacancyRepository vacancies, ReserveMapper mapper,
            Outbox outbox, @ConfigProperty(name = "werving.zone", defaultValue = "Europe/Brussels") ZoneId zone) {
        this.entries = entries;
        this.vacancies = vacancies;
        this.mapper = mapper;
        this.outbox = outbox;
        this.zone = zone;
        this.clock = Clock.systemUTC();
    }

    /** VacancyPublished: keep (or refresh) this service's copy of the vacancy. */
    public Uni<Void> vacancyPublished(VacancyPublished event) {
        if (event.id() == null) {
            throw new InvalidEventException("VacancyPublished without id");
        }
        return vacancies.findById(event.id()).flatMap(existing -> {
            ReserveVacancy vacancy = existing != null ? existing : new ReserveVacancy();
            vacancy.id = event.id();
            vacancy.title = event.title();
            vacancy.level = event.level();
            vacancy.directorate = event.directorate();
            vacancy.reserveValidityMonths = ReserveValidity.months(event.reserveValidityMonths());
            vacancy.publishedAt = event.publishedAt();
            vacancy.receivedAt = now();
            return existing != null ? Uni.createFrom().voidItem() : vacancies.persist(vacancy).replaceWithVoid();
        });
    }

    /**
     * SelectionPassed: one ACTIVE entry per application, valid for the vacancy's reserve validity
     * (24 months when the vacancy is unknown here). An application already on a reserve gets nothing new.
     */
    public Uni<Void> selectionPassed(SelectionPassed event) {
        if (event.applicationId() == null || event.vacancyId() == null || event.finalScore() == null) {
            throw new InvalidEventException("SelectionPassed needs applicationId, vacancyId and finalScore");
        }
        double score = event.finalScore();
        if (Double.isNaN(score) || score < 0 || score > 100) {
            throw new InvalidEventException("SelectionPassed finalScore must be between 0 and 100, was " + score);
        }
        ReserveType type = reserveType(event);
        return entries.findByApplication(event.applicationId()).flatMap(existing -> {
            if (existing != null) {
                LOG.debugf("application %s already on the reserve as entry %s", event.applicationId(), existing.id);
                return Uni.createFrom().voidItem();
            }
            return vacancies.findById(event.vacancyId()).flatMap(vacancy -> {
                ReserveEntry entry = new ReserveEntry();
                entry.id = UUID.randomUUID();
                entry.vacancyId = event.vacancyId();
                entry.applicationId = event.applicationId();
                entry.reserveType = type;
                entry.finalScore = score;
                entry.createdAt = now();
                entry.validUntil = ReserveValidity.validUntil(entry.createdAt, zone,
                        vacancy == null ? null : vacancy.reserveValidityMonths);
                entry.state = EntryState.ACTIVE;
                return entries.persist(entry)
                        .flatMap(saved -> outbox.record(AGGREGATE, saved.id, "ReserveEntryCreated", mapper.toCreated(saved)));
            });
        });
    }

    /** A vacancy's reserves, ranked; empty for a vacancy without laureates (or unknown here). */
    @WithSession
    public Uni<List<ReserveRanking.Ranked>> reserveOf(UUID vacancyId) {
        return entries.listByVacancy(vacancyId).map(ReserveRanking::rank);
    }

    /** One entry with its rank on its reserve, or null. */
    @WithSession
    public Uni<ReserveRanking.Ranked> entry(UUID entryId) {
        return entries.findById(entryId).flatMap(entry -> entry == null ? Uni.createFrom().nullItem()
                : reserveOf(entry.vacancyId).map(ranked -> ranked.stream()
                        .filter(r -> r.entry().id.equals(entryId)).findFirst().orElseThrow()));
    }

    private static ReserveType reserveType(SelectionPassed event) {
        if (event.reserveType() != null) {
            try {
                return ReserveType.valueOf(event.reserveType().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidEventException("SelectionPassed with unknown reserveType " + event.reserveType());
            }
        }
        if (event.internal() != null) {
            return event.internal() ? ReserveType.PROMOTION : ReserveType.RECRUITMENT;
        }
        throw new InvalidEventException("SelectionPassed needs reserveType (or internal)");
    }

    /** Truncated to what PostgreSQL stores, so the order in memory is the order read back. */
    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
