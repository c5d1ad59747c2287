// Source 000_0bb593dcf42b62fd.txt: "Dalaföretagare till Kina", press text from Dalarna Science Park.
// It names no publication date; the trip "3-13 september" follows "hösten 2016" and the renaming of
// 21 October 2016, so its year (2017) is recorded as inferred.
// Phone numbers printed in the text are deliberately not stored (personal data).

MERGE (s:Source {id: '000_0bb593dcf42b62fd.txt'})
SET s.title = 'Dalaföretagare till Kina',
    s.publisher = 'Dalarna Science Park',
    s.published = '2017',
    s.publishedInferred = true,
    s.language = 'sv',
    s.kind = 'press release';

WITH '000_0bb593dcf42b62fd.txt' AS src
UNWIND [
  {id: 'org:dalarna-science-park', labels: ['Organisation'],
   props: {name: 'Dalarna Science Park', kind: 'science park',
           description: 'Science park and innovation arena for Dalarna; initiates, runs and takes part in regional, national and international projects. Named Stiftelsen Teknikdalen until 21 October 2016.'},
   aliases: ['Stiftelsen Teknikdalen', 'Teknikdalen', 'DSP'],
   excerpt: 'Dalarna Science Park har tagit på sig en samordnande roll för dessa technical visits.'},
  {id: 'org:mikaela-willers-ab', labels: ['Organisation'],
   props: {name: 'Mikaela Willers AB', kind: 'company', description: 'Ceramics design company.'},
   aliases: ['Mikaela Willers keramikdesign'],
   excerpt: 'Ett av företagen som knutit kontakter är keramikdesignföretaget Mikaela Willers AB.'},
  {id: 'org:zibo-city-administration', labels: ['Organisation'],
   props: {name: 'Zibo city administration', kind: 'municipality', description: 'The administrative leadership of the city of Zibo.'},
   aliases: ['Zibo stad', 'Zibo Municipal Government', '淄博市人民政府'],
   excerpt: 'Dalarna Science Park finns också med på resan och ska träffa den administrativa ledningen för Zibo stad.'},
  {id: 'person:sture-ericsson', labels: ['Person'],
   props: {name: 'Sture Ericsson'}, aliases: [],
   excerpt: 'Mer information: Sture Ericsson, vd Dalarna Science Park'},
  {id: 'person:mikaela-willers', labels: ['Person'],
   props: {name: 'Mikaela Willers'}, aliases: [],
   excerpt: 'Hon kommer nu, 3-13 september, att åka till Zibo i Kina för att se om ett utbyte av kompetens kan genomföras.'},
  {id: 'person:xina-lang', labels: ['Person'],
   props: {name: 'Xina Lang'}, aliases: [],
   excerpt: 'projektkoordinator för technical visits Xina Lang'},
  {id: 'event:chinese-technical-visits-dalarna', labels: ['Event'],
   props: {name: 'Chinese technical visits to Dalarna', kind: 'delegation visit', from: '2016', inferred: false,
           description: 'Business delegations from China visiting Dalarna to learn about Swedish environmental technology and meet companies: more than 100 requests, 18 groups come and 18 more on the way.'},
   aliases: ['technical visits', 'kinesiska delegationer'],
   excerpt: 'Sedan hösten 2016 har Dalarna Science Park tagit emot mer än 100 förfrågningar, 18 grupper har redan kommit och ytterligare 18 grupper av affärsresenärer är på gång till Dalarna.'},
  {id: 'event:zibo-trip-2017', labels: ['Event'],
   props: {name: 'Dalarna business trip to Zibo', kind: 'study trip', from: '2017-09-03', until: '2017-09-13', inferred: true,
           description: 'Trip to Zibo to explore an exchange of competence and to meet the city administration; creative-industry companies from the rest of Sweden join the group.'},
   aliases: ['Zibo trip', 'resan till Zibo'],
   excerpt: 'Hon kommer nu, 3-13 september, att åka till Zibo i Kina för att se om ett utbyte av kompetens kan genomföras.'},
  {id: 'topic:environmental-technology', labels: ['Topic'],
   props: {name: 'Environmental technology'}, aliases: ['miljöteknik', 'svensk miljöteknik'],
   excerpt: 'Kinesiska delegationer har avlöst varandra i Dalarna för att lära mer om svensk miljöteknik och träffa företag.'},
  {id: 'topic:creative-industries', labels: ['Topic'],
   props: {name: 'Creative industries'}, aliases: ['kreativa näringar'],
   excerpt: 'Även andra företag inom kreativa näringar från övriga Sverige kommer att ingå i samma resegrupp.'},
  {id: 'place:dalarna', labels: ['Place', 'Region'], props: {}, aliases: [],
   excerpt: 'Nu åker Dalarna till Kina.'},
  {id: 'place:china', labels: ['Place', 'Country'], props: {}, aliases: [],
   excerpt: 'I Kina m fl länder är intresset för svensk miljöteknik stort och utländska företag, organisationer och regioner vill besöka Dalarna för kontakter och kunskap.'},
  {id: 'place:zibo', labels: ['Place', 'City'], props: {}, aliases: [],
   excerpt: 'Staden Zibo har ett intresse för miljöteknik och vi vill nu inleda diskussioner för att se vad det kan leda fram till'},
  {id: 'place:sweden', labels: ['Place', 'Country'], props: {}, aliases: [],
   excerpt: 'Allt ska öka tillväxten och utveckling i Dalarna och i Sverige och ibland även utanför våra gränser.'}
] AS e
MATCH (s:Source {id: src})
MERGE (n:Entity {id: e.id})
SET n:$(e.labels), n += e.props,
    n.aliases = coalesce(n.aliases, []) + [a IN e.aliases WHERE NOT a IN coalesce(n.aliases, [])]
MERGE (n)-[m:MENTIONED_IN]->(s)
SET m.excerpt = e.excerpt;

// Name history: one node per organisation, every name it has had, with the dates the source gives.
WITH '000_0bb593dcf42b62fd.txt' AS src
UNWIND [
  {id: 'org:dalarna-science-park', name: 'Stiftelsen Teknikdalen', props: {until: '2016-10-20'},
   excerpt: 'Förut hette vi Stiftelsen Teknikdalen men från och med 21 oktober 2016 är vår nya organisation Dalarna Science Park.'},
  {id: 'org:dalarna-science-park', name: 'Dalarna Science Park', props: {from: '2016-10-21'},
   excerpt: 'Förut hette vi Stiftelsen Teknikdalen men från och med 21 oktober 2016 är vår nya organisation Dalarna Science Park.'}
] AS h
MATCH (n:Entity {id: h.id})
MERGE (n)-[r:HAS_NAME]->(:Name {entity: h.id, value: h.name})
SET r += h.props, r.source = src, r.excerpt = h.excerpt;

WITH '000_0bb593dcf42b62fd.txt' AS src
UNWIND [
  {from: 'person:sture-ericsson', type: 'WORKS_AT', to: 'org:dalarna-science-park', props: {role: 'chief executive', title: 'vd', date: '2017', inferred: true},
   excerpt: 'menar Sture Ericsson, vd för Dalarna Science Park.'},
  {from: 'person:mikaela-willers', type: 'WORKS_AT', to: 'org:mikaela-willers-ab', props: {role: 'ceramics designer', title: 'keramikdesigner'},
   excerpt: 'keramikdesigner Mikaela Willers'},
  {from: 'person:xina-lang', type: 'PARTICIPATED_IN', to: 'event:chinese-technical-visits-dalarna', props: {role: 'project coordinator'},
   excerpt: 'projektkoordinator för technical visits Xina Lang'},
  {from: 'org:mikaela-willers-ab', type: 'LOCATED_IN', to: 'place:dalarna', props: {inferred: true},
   excerpt: 'Ett av företagen som knutit kontakter är keramikdesignföretaget Mikaela Willers AB.'},
  {from: 'org:zibo-city-administration', type: 'LOCATED_IN', to: 'place:zibo', props: {},
   excerpt: 'Dalarna Science Park finns också med på resan och ska träffa den administrativa ledningen för Zibo stad.'},
  {from: 'org:dalarna-science-park', type: 'ORGANISED', to: 'event:chinese-technical-visits-dalarna', props: {role: 'coordinator', from: '2016'},
   excerpt: 'Dalarna Science Park har tagit på sig en samordnande roll för dessa technical visits.'},
  {from: 'place:china', type: 'PARTICIPATED_IN', to: 'event:chinese-technical-visits-dalarna', props: {role: 'origin of the visiting delegations', from: '2016'},
   excerpt: 'Kinesiska delegationer har avlöst varandra i Dalarna för att lära mer om svensk miljöteknik och träffa företag.'},
  {from: 'event:chinese-technical-visits-dalarna', type: 'HELD_IN', to: 'place:dalarna', props: {from: '2016'},
   excerpt: 'Sedan hösten 2016 har Dalarna Science Park tagit emot mer än 100 förfrågningar, 18 grupper har redan kommit och ytterligare 18 grupper av affärsresenärer är på gång till Dalarna.'},
  {from: 'event:chinese-technical-visits-dalarna', type: 'ABOUT', to: 'topic:environmental-technology', props: {},
   excerpt: 'Kinesiska delegationer har avlöst varandra i Dalarna för att lära mer om svensk miljöteknik och träffa företag.'},
  {from: 'org:mikaela-willers-ab', type: 'PARTICIPATED_IN', to: 'event:zibo-trip-2017', props: {role: 'participant', from: '2017-09-03', until: '2017-09-13', inferred: true},
   excerpt: 'Hon kommer nu, 3-13 september, att åka till Zibo i Kina för att se om ett utbyte av kompetens kan genomföras.'},
  {from: 'person:mikaela-willers', type: 'PARTICIPATED_IN', to: 'event:zibo-trip-2017', props: {role: 'participant', from: '2017-09-03', until: '2017-09-13', inferred: true},
   excerpt: 'Hon kommer nu, 3-13 september, att åka till Zibo i Kina för att se om ett utbyte av kompetens kan genomföras.'},
  {from: 'org:dalarna-science-park', type: 'PARTICIPATED_IN', to: 'event:zibo-trip-2017', props: {role: 'participant', from: '2017-09-03', until: '2017-09-13', inferred: true},
   excerpt: 'Dalarna Science Park finns också med på resan och ska träffa den administrativa ledningen för Zibo stad.'},
  {from: 'org:zibo-city-administration', type: 'PARTICIPATED_IN', to: 'event:zibo-trip-2017', props: {role: 'host', from: '2017-09-03', until: '2017-09-13', inferred: true},
   excerpt: 'Dalarna Science Park finns också med på resan och ska träffa den administrativa ledningen för Zibo stad.'},
  {from: 'event:zibo-trip-2017', type: 'HELD_IN', to: 'place:zibo', props: {from: '2017-09-03', until: '2017-09-13', inferred: true},
   excerpt: 'Hon kommer nu, 3-13 september, att åka till Zibo i Kina för att se om ett utbyte av kompetens kan genomföras.'},
  {from: 'event:zibo-trip-2017', type: 'ABOUT', to: 'topic:creative-industries', props: {},
   excerpt: 'Även andra företag inom kreativa näringar från övriga Sverige kommer att ingå i samma resegrupp.'},
  {from: 'org:zibo-city-administration', type: 'INTERESTED_IN', to: 'topic:environmental-technology', props: {},
   excerpt: 'Staden Zibo har ett intresse för miljöteknik och vi vill nu inleda diskussioner för att se vad det kan leda fram till'},
  {from: 'org:dalarna-science-park', type: 'COOPERATES_WITH', to: 'org:zibo-city-administration', props: {status: 'exploring', from: '2017-09', inferred: true},
   excerpt: 'Vi kommer att se på möjligheter till samverkan i olika frågor och områden.'}
] AS f
MATCH (a:Entity {id: f.from})
MATCH (b:Entity {id: f.to})
MERGE (a)-[r:$(f.type) {source: src}]->(b)
SET r += f.props, r.excerpt = f.excerpt;
