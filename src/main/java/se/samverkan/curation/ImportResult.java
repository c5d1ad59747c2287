package se.samverkan.curation;

/**
 * What an import wrote: how many records it held, and how many nodes and relationships did not exist
 * before (0 and 0 when the same file is imported again).
 */
public record ImportResult(int records, int sources, int entities, int names, int mentions, int facts,
        long nodesCreated, long relationshipsCreated) {

    static ImportResult of(Dataset data, GraphWriter writer) {
        return new ImportResult(data.size(), data.sources().size(), data.entities().size(), data.names().size(),
                data.mentions().size(), data.facts().size() + data.referenceFacts().size(), writer.nodesCreated(),
                writer.relationshipsCreated());
    }
}
