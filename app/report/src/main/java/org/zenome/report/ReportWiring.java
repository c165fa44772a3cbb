package org.zenome.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zenome.domain.CaseSummary;
import org.zenome.domain.IssuedReport;
import org.zenome.report.model.ClinicalRecordSource;
import org.zenome.report.model.ClinicalRecordSourceFactory;
import org.zenome.report.model.Consent;
import org.zenome.report.model.Interpretation;
import org.zenome.report.model.PanelRecord;
import org.zenome.report.model.PatientIdentity;
import org.zenome.report.model.QualityMetric;
import org.zenome.report.model.SpecimenDetail;
import org.zenome.store.CaseStore;

/**
 * Finds the clinical-record sources and audit sinks on the class path ({@link ServiceLoader}) for a store. A factory
 * that fails is logged and skipped; with none the reports print their empty-state texts.
 */
public final class ReportWiring {
    private static final Logger LOG = LoggerFactory.getLogger(ReportWiring.class);

    private ReportWiring() {
    }

    public static ClinicalRecordSource records(CaseStore store) {
        List<ClinicalRecordSource> sources = new ArrayList<>();
        for (ClinicalRecordSourceFactory f : load(ClinicalRecordSourceFactory.class)) {
            try {
                sources.add(f.create(store));
            } catch (RuntimeException e) {
                LOG.warn("Clinical records from {} are not available: {}", f.getClass().getName(), e.toString());
            }
        }
        return sources.isEmpty() ? ClinicalRecordSource.none() : combine(sources);
    }

    public static ReportEvents events(CaseStore store) {
        List<ReportEvents> sinks = new ArrayList<>();
        for (ReportEventsFactory f : load(ReportEventsFactory.class)) {
            try {
                sinks.add(f.create(store));
            } catch (RuntimeException e) {
                LOG.warn("Report events to {} are not recorded: {}", f.getClass().getName(), e.toString());
            }
        }
        return new ReportEvents() {
            @Override
            public void issued(IssuedReport report) {
                sinks.forEach(s -> s.issued(report));
            }

            @Override
            public void exported(String caseId, String format, boolean deidentified, String file) {
                sinks.forEach(s -> s.exported(caseId, format, deidentified, file));
            }
        };
    }

    /** The first non-empty answer of the sources, method by method. */
    public static ClinicalRecordSource combine(List<ClinicalRecordSource> sources) {
        List<ClinicalRecordSource> all = List.copyOf(sources);
        return new ClinicalRecordSource() {
            @Override
            public Optional<Interpretation> interpretation(CaseSummary c) {
                return first(s -> s.interpretation(c));
            }

            @Override
            public Optional<PanelRecord> panel(CaseSummary c) {
                return first(s -> s.panel(c));
            }

            @Override
            public Optional<Consent> consent(CaseSummary c) {
                return first(s -> s.consent(c));
            }

            @Override
            public Optional<PatientIdentity> patient(CaseSummary c) {
                return first(s -> s.patient(c));
            }

            @Override
            public boolean mayReport(CaseSummary c, String gene) {
                return all.stream().allMatch(s -> s.mayReport(c, gene)); // any source's consent gate holds
            }

            @Override
            public List<SpecimenDetail> specimens(CaseSummary c) {
                return all.stream().map(s -> s.specimens(c)).filter(l -> !l.isEmpty()).findFirst().orElse(List.of());
            }

            @Override
            public List<QualityMetric> quality(CaseSummary c) {
                return all.stream().flatMap(s -> s.quality(c).stream()).toList();
            }

            private <T> Optional<T> first(Function<ClinicalRecordSource, Optional<T>> f) {
                for (ClinicalRecordSource s : all) {
                    Optional<T> v = f.apply(s);
                    if (v.isPresent()) {
                        return v;
                    }
                }
                return Optional.empty();
            }
        };
    }

    private static <T> List<T> load(Class<T> type) {
        List<T> out = new ArrayList<>();
        var it = ServiceLoader.load(type).iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                out.add(it.next());
            } catch (ServiceConfigurationError e) {
                LOG.warn("A {} could not be loaded: {}", type.getSimpleName(), e.toString());
            }
        }
        out.sort(Comparator.comparing(o -> o.getClass().getName()));
        return out;
    }
}
