package se.samverkan.initialload;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;

import org.neo4j.batchimport.api.BatchImporter;
import org.neo4j.batchimport.api.Configuration;
import org.neo4j.batchimport.api.IndexConfig;
import org.neo4j.batchimport.api.Monitor;
import org.neo4j.batchimport.api.input.Collector;
import org.neo4j.batchimport.api.input.Input;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.internal.batchimport.DefaultAdditionalIds;
import org.neo4j.internal.batchimport.input.Collectors;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.io.fs.FileSystemAbstraction;
import org.neo4j.io.layout.DatabaseLayout;
import org.neo4j.io.pagecache.context.CursorContextFactory;
import org.neo4j.io.pagecache.context.FixedVersionContextSupplier;
import org.neo4j.io.pagecache.tracing.PageCacheTracer;
import org.neo4j.kernel.impl.index.schema.IndexImporterFactoryImpl;
import org.neo4j.kernel.impl.scheduler.JobSchedulerFactory;
import org.neo4j.kernel.impl.transaction.log.files.TransactionLogInitializer;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.logging.internal.SimpleLogService;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.scheduler.JobScheduler;
import org.neo4j.storageengine.api.StorageEngineFactory;
import org.neo4j.storageengine.api.TransactionIdStore;

/**
 * Writes an {@link Input} into a new database with Neo4j's offline batch importer, set up the way
 * {@code neo4j-admin database import full} sets it up (the same storage engine selection, label and
 * relationship type lookup indexes, an initial transaction log). Any bad entry (a duplicate id, a
 * relationship to a missing node) fails the import, in {@link GraphInput} or the importer: validation has
 * ruled them out, so one means a bug.
 */
final class BatchWriter {

    private BatchWriter() {
    }

    static void write(DatabaseLayout layout, Input input, PrintStream progress) throws IOException {
        Config config = Config.defaults(GraphDatabaseSettings.neo4j_home, layout.getNeo4jLayout().homeDirectory());
        Configuration configuration = new Configuration() {
            @Override
            public IndexConfig indexConfig() {
                // A database the DBMS creates has both lookup indexes; an imported one must too.
                return IndexConfig.create().withLabelIndex().withRelationshipTypeIndex();
            }

            /*
             * By default a thread flushes and fsyncs every store file in a loop for the whole import. On this
             * 2-core machine that was a core of system time, and the relationship import of the large
             * benchmark set took 48 s instead of 8 s. The importer still flushes and forces everything once
             * at the end, before the store is moved into place.
             */
            @Override
            public boolean sequentialBackgroundFlushing() {
                return false;
            }
        };
        CursorContextFactory contexts = new CursorContextFactory(PageCacheTracer.NULL,
                new FixedVersionContextSupplier(TransactionIdStore.BASE_TX_ID));
        try (FileSystemAbstraction fs = new DefaultFileSystemAbstraction();
                JobScheduler scheduler = JobSchedulerFactory.createInitialisedScheduler();
                Collector collector = Collectors.badCollector(OutputStream.nullOutputStream(), 0)) {
            BatchImporter importer = StorageEngineFactory.selectStorageEngine(config).batchImporter(layout, fs,
                    PageCacheTracer.NULL, configuration, new SimpleLogService(NullLogProvider.getInstance()), progress,
                    false, DefaultAdditionalIds.EMPTY, config, Monitor.NO_MONITOR, scheduler, collector,
                    TransactionLogInitializer.getLogFilesInitializer(), new IndexImporterFactoryImpl(),
                    EmptyMemoryTracker.INSTANCE, contexts);
            importer.doImport(input);
        }
        catch (IOException | RuntimeException e) {
            throw e;
        }
        catch (Exception e) {
            throw new IOException("Batch import failed: " + e.getMessage(), e);
        }
    }
}
