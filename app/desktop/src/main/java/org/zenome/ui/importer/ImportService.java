package org.zenome.ui.importer;

import java.io.IOException;
import java.nio.file.Path;
import org.zenome.importer.ImportCancelledException;
import org.zenome.importer.ImportListener;
import org.zenome.importer.ImportRequest;
import org.zenome.importer.ImportResult;
import org.zenome.importer.InvalidInputException;
import org.zenome.importer.VcfSummary;

/**
 * What the import dialog needs of the core: read a VCF header, and import. The composition root adapts the
 * core's {@code VcfProbe} and {@code CaseImporter} to it. Both methods block and run on the worker.
 */
public interface ImportService {

    VcfSummary inspect(Path vcf) throws IOException, InvalidInputException;

    ImportResult importVcf(ImportRequest request, ImportListener listener)
            throws IOException, InvalidInputException, ImportCancelledException;
}
