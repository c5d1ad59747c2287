// Source 002_86a3261ba6bdb71c.txt: summary of Dalarna Science Park's third digital Innovation Panel.
// The text says the panel was published "i slutet av november" but names no year, and nothing in it
// implies one, so no year is recorded (precision is never invented).

MERGE (s:Source {id: '002_86a3261ba6bdb71c.txt'})
SET s.title = 'Sammanställning av Dalarna Science Parks tredje digitala Innovationspanel',
    s.publisher = 'Dalarna Science Park',
    s.language = 'sv',
    s.kind = 'press release';

WITH '002_86a3261ba6bdb71c.txt' AS src
UNWIND [
  {id: 'org:dalarna-science-park', labels: ['Organisation'], props: {}, aliases: [],
   excerpt: 'Dalarna Science Park knyter samman näringsliv, offentlig sektor och akademi i starka och välfungerande innovationsmiljöer.'},
  {id: 'person:angelica-ekholm', labels: ['Person'], props: {name: 'Angelica Ekholm'}, aliases: [],
   excerpt: 'säger Angelica Ekholm, VD för Dalarna Science Park.'},
  {id: 'org:region-dalarna', labels: ['Organisation'], props: {}, aliases: [],
   excerpt: 'Programmet finansieras med hjälp av Region Dalarna och Tillväxtverket.'},
  {id: 'org:tillvaxtverket', labels: ['Organisation'],
   props: {name: 'Tillväxtverket', kind: 'government agency', description: 'The Swedish Agency for Economic and Regional Growth.'},
   aliases: ['Swedish Agency for Economic and Regional Growth'],
   excerpt: 'Programmet finansieras med hjälp av Region Dalarna och Tillväxtverket.'},
  {id: 'project:dsp-innovation-programme', labels: ['Project'],
   props: {name: 'Dalarna Science Park innovation programme', kind: 'innovation programme',
           description: 'Programme for companies in Dalarna on sustainable innovation and transition, helping them work with innovation processes and reach new geographic markets.'},
   aliases: ['innovationsprogrammet', 'Innovationsprogram Dalarna'],
   excerpt: 'Det innovationsprogram som riktar sig till företag i Dalarna fokuserar på hållbar innovation och möjlighet till omställning för att säkra framtida tillväxt, där internationalisering också är en pusselbit.'},
  {id: 'event:innovation-panel-3', labels: ['Event'],
   props: {name: 'Third digital Innovation Panel', kind: 'survey',
           description: 'Digital panel on internationalisation in Dalarna, published at the end of November; nearly 80 per cent of respondents see clear benefits for the region in more international contacts.'},
   aliases: ['Innovationspanelen', 'tredje digitala Innovationspanel'],
   excerpt: 'Panelen, som publicerades i slutet av november, fokuserade framför allt på synen på Dalarnas internationaliseringsarbete.'},
  {id: 'topic:internationalisation', labels: ['Topic'], props: {name: 'Internationalisation'}, aliases: ['internationalisering', 'export'],
   excerpt: 'Det är tydligt att det råder en stark tilltro bland respondenterna att en ökad internationalisering kan skapa både nya jobb och tillväxt i Dalarna.'},
  {id: 'topic:sustainable-innovation', labels: ['Topic'], props: {name: 'Sustainable innovation'}, aliases: ['hållbar innovation', 'omställning'],
   excerpt: 'Det innovationsprogram som riktar sig till företag i Dalarna fokuserar på hållbar innovation och möjlighet till omställning för att säkra framtida tillväxt, där internationalisering också är en pusselbit.'},
  {id: 'place:dalarna', labels: ['Place', 'Region'], props: {}, aliases: [],
   excerpt: 'Det är nära 80 procent av de svarande som ser klara fördelar för hela regionen med ökade internationella kontakter.'}
] AS e
MATCH (s:Source {id: src})
MERGE (n:Entity {id: e.id})
SET n:$(e.labels), n += e.props,
    n.aliases = coalesce(n.aliases, []) + [a IN e.aliases WHERE NOT a IN coalesce(n.aliases, [])]
MERGE (n)-[m:MENTIONED_IN]->(s)
SET m.excerpt = e.excerpt;

WITH '002_86a3261ba6bdb71c.txt' AS src
UNWIND [
  {from: 'person:angelica-ekholm', type: 'WORKS_AT', to: 'org:dalarna-science-park', props: {role: 'chief executive', title: 'VD'},
   excerpt: 'säger Angelica Ekholm, VD för Dalarna Science Park.'},
  {from: 'org:dalarna-science-park', type: 'RUNS', to: 'project:dsp-innovation-programme', props: {},
   excerpt: 'Programmet driver Dalarna Science Park för att stötta bolag att arbeta strukturerat med innovationsprocesser för att hitta vägar att bredda sin affär, bland annat på nya geografiska marknader.'},
  {from: 'org:region-dalarna', type: 'FUNDED', to: 'project:dsp-innovation-programme', props: {role: 'funder'},
   excerpt: 'Programmet finansieras med hjälp av Region Dalarna och Tillväxtverket.'},
  {from: 'org:tillvaxtverket', type: 'FUNDED', to: 'project:dsp-innovation-programme', props: {role: 'funder'},
   excerpt: 'Programmet finansieras med hjälp av Region Dalarna och Tillväxtverket.'},
  {from: 'project:dsp-innovation-programme', type: 'ABOUT', to: 'topic:sustainable-innovation', props: {},
   excerpt: 'Det innovationsprogram som riktar sig till företag i Dalarna fokuserar på hållbar innovation och möjlighet till omställning för att säkra framtida tillväxt, där internationalisering också är en pusselbit.'},
  {from: 'project:dsp-innovation-programme', type: 'ABOUT', to: 'topic:internationalisation', props: {},
   excerpt: 'Det innovationsprogram som riktar sig till företag i Dalarna fokuserar på hållbar innovation och möjlighet till omställning för att säkra framtida tillväxt, där internationalisering också är en pusselbit.'},
  {from: 'project:dsp-innovation-programme', type: 'ACTIVE_IN', to: 'place:dalarna', props: {role: 'target region'},
   excerpt: 'Det innovationsprogram som riktar sig till företag i Dalarna fokuserar på hållbar innovation och möjlighet till omställning för att säkra framtida tillväxt, där internationalisering också är en pusselbit.'},
  {from: 'org:dalarna-science-park', type: 'ORGANISED', to: 'event:innovation-panel-3', props: {role: 'organiser'},
   excerpt: 'Dalarna Science Park har genomfört tre digitala Innovationspaneler under året.'},
  {from: 'event:innovation-panel-3', type: 'ABOUT', to: 'topic:internationalisation', props: {},
   excerpt: 'Panelen, som publicerades i slutet av november, fokuserade framför allt på synen på Dalarnas internationaliseringsarbete.'},
  {from: 'event:innovation-panel-3', type: 'HELD_IN', to: 'place:dalarna', props: {},
   excerpt: 'Syftet med Innovationspanelen är att regelbundet ta pulsen på entreprenörskapet i Dalarna samt säkra en löpande dialog med verksamma i regionen.'},
  {from: 'org:dalarna-science-park', type: 'ACTIVE_IN', to: 'place:dalarna', props: {role: 'innovation arena for the whole region'},
   excerpt: 'Som hela Dalarnas innovationsarena är det Dalarna Science Parks uppgift att säkerställa att verksamheten stödjer det regionala tillväxtbehovet inom hela Dalarna.'}
] AS f
MATCH (a:Entity {id: f.from})
MATCH (b:Entity {id: f.to})
MERGE (a)-[r:$(f.type) {source: src}]->(b)
SET r += f.props, r.excerpt = f.excerpt;
