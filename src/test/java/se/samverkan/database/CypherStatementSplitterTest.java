package se.samverkan.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.samverkan.database.CypherStatementSplitter.Statement;

class CypherStatementSplitterTest {

    @Test
    void splitsOnSemicolons() {
        assertThat(CypherStatementSplitter.split("RETURN 1;\nRETURN 2 ;\n\nRETURN 3"))
                .containsExactly("RETURN 1", "RETURN 2", "RETURN 3");
    }

    @Test
    void ignoresSemicolonsInStringLiterals() {
        String script = "CREATE (n {a: 'x;y', b: \"p;q\"});\n"
                + "CREATE (n {c: 'it\\'s; fine', d: \"say \\\"hi;\\\"\"});\n"
                + "MATCH (`we;ird`) RETURN 1;";
        assertThat(CypherStatementSplitter.split(script)).containsExactly(
                "CREATE (n {a: 'x;y', b: \"p;q\"})",
                "CREATE (n {c: 'it\\'s; fine', d: \"say \\\"hi;\\\"\"})",
                "MATCH (`we;ird`) RETURN 1");
    }

    @Test
    void ignoresSemicolonsInComments() {
        String script = "// header; with semicolon\n"
                + "RETURN 1; // trailing; comment\n"
                + "/* block; comment */\n"
                + "RETURN 'a' // inline; comment\n"
                + ";\n"
                + "// only a comment;\n";
        assertThat(CypherStatementSplitter.split(script)).containsExactly("RETURN 1", "RETURN 'a' // inline; comment");
    }

    @Test
    void apostropheInCommentDoesNotOpenString() {
        assertThat(CypherStatementSplitter.split("// don't split here\nRETURN 1;\nRETURN 2;"))
                .containsExactly("RETURN 1", "RETURN 2");
    }

    @Test
    void skipsEmptyStatementsAndShellCommands() {
        String script = ":param x => 1;\n;;\n:begin\nRETURN $x;\n:commit\n  ;  \n";
        assertThat(CypherStatementSplitter.split(script)).containsExactly("RETURN $x");
    }

    @Test
    void reportsStatementNumbersAndLines() {
        List<Statement> statements = CypherStatementSplitter.splitWithPositions(
                "// c\nRETURN 1;\n\nRETURN\n 'multi\nline';\n");
        assertThat(statements).extracting(Statement::number).containsExactly(1, 2);
        assertThat(statements).extracting(Statement::line).containsExactly(2, 4);
    }

    @Test
    void detectsSchemaCommands() {
        assertThat(CypherMigrations.isSchemaCommand("// c\nCREATE CONSTRAINT x IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE")).isTrue();
        assertThat(CypherMigrations.isSchemaCommand("CREATE FULLTEXT INDEX names FOR (n:A) ON EACH [n.name]")).isTrue();
        assertThat(CypherMigrations.isSchemaCommand("drop index foo if exists")).isTrue();
        assertThat(CypherMigrations.isSchemaCommand("CREATE (n:Index {name: 'CONSTRAINT'})")).isFalse();
        assertThat(CypherMigrations.isSchemaCommand("MERGE (n:Entity {id: 'x'})")).isFalse();
    }
}
