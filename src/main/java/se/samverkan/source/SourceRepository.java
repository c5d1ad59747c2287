package se.samverkan.source;

import java.util.List;

import org.springframework.data.neo4j.repository.Neo4jRepository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface SourceRepository extends Neo4jRepository<Source, String> {

    List<Source> findAllByOrderByIdAsc();
}
