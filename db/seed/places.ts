/**
 * Places as code lists: postal codes (postnumre) with their towns, and municipalities (kommuner)
 * with their codes, as DAWA (Danmarks Adressers Web API) publishes them. The job search finds a
 * place typed as a town, a postal code or a municipality through these lists.
 *
 * - Municipalities: all 98, code and name as DAWA has them ("751", "Aarhus"); DAWA writes the code
 *   with four digits ("0751"), the portal and the foundation with three.
 * - Postal codes: a realistic part of DAWA's about 1,100: every municipality's main towns, the big
 *   cities' districts (8000 Aarhus C, 8200 Aarhus N … 2300 København S …) and every place of the
 *   demo data. `municipalityCode` is the municipality most of the code's addresses lie in (a few
 *   postal codes cross a border; DAWA lists each municipality they touch). The full list from
 *   DAWA replaces this one without a code change: it is data.
 */

export type Municipality = readonly [code: string, name: string];
export type PostalCode = readonly [code: string, town: string, municipalityCode: string];

/** Kommuner: the 98 municipalities, by their three-digit code (DAWA's kommunekode without the leading 0). */
export const municipalities: Municipality[] = [
  ["101", "København"], ["147", "Frederiksberg"], ["151", "Ballerup"], ["153", "Brøndby"], ["155", "Dragør"],
  ["157", "Gentofte"], ["159", "Gladsaxe"], ["161", "Glostrup"], ["163", "Herlev"], ["165", "Albertslund"], ["167", "Hvidovre"],
  ["169", "Høje-Taastrup"], ["173", "Lyngby-Taarbæk"], ["175", "Rødovre"], ["183", "Ishøj"], ["185", "Tårnby"],
  ["187", "Vallensbæk"], ["190", "Furesø"], ["201", "Allerød"], ["210", "Fredensborg"], ["217", "Helsingør"],
  ["219", "Hillerød"], ["223", "Hørsholm"], ["230", "Rudersdal"], ["240", "Egedal"], ["250", "Frederikssund"], ["253", "Greve"],
  ["259", "Køge"], ["260", "Halsnæs"], ["265", "Roskilde"], ["269", "Solrød"], ["270", "Gribskov"], ["306", "Odsherred"],
  ["316", "Holbæk"], ["320", "Faxe"], ["326", "Kalundborg"], ["329", "Ringsted"], ["330", "Slagelse"], ["336", "Stevns"],
  ["340", "Sorø"], ["350", "Lejre"], ["360", "Lolland"], ["370", "Næstved"], ["376", "Guldborgsund"], ["390", "Vordingborg"],
  ["400", "Bornholm"], ["410", "Middelfart"], ["420", "Assens"], ["430", "Faaborg-Midtfyn"], ["440", "Kerteminde"],
  ["450", "Nyborg"], ["461", "Odense"], ["479", "Svendborg"], ["480", "Nordfyns"], ["482", "Langeland"], ["492", "Ærø"],
  ["510", "Haderslev"], ["530", "Billund"], ["540", "Sønderborg"], ["550", "Tønder"], ["561", "Esbjerg"], ["563", "Fanø"],
  ["573", "Varde"], ["575", "Vejen"], ["580", "Aabenraa"], ["607", "Fredericia"], ["615", "Horsens"], ["621", "Kolding"],
  ["630", "Vejle"], ["657", "Herning"], ["661", "Holstebro"], ["665", "Lemvig"], ["671", "Struer"], ["706", "Syddjurs"],
  ["707", "Norddjurs"], ["710", "Favrskov"], ["727", "Odder"], ["730", "Randers"], ["740", "Silkeborg"], ["741", "Samsø"],
  ["746", "Skanderborg"], ["751", "Aarhus"], ["756", "Ikast-Brande"], ["760", "Ringkøbing-Skjern"], ["766", "Hedensted"],
  ["773", "Morsø"], ["779", "Skive"], ["787", "Thisted"], ["791", "Viborg"], ["810", "Brønderslev"], ["813", "Frederikshavn"],
  ["820", "Vesthimmerlands"], ["825", "Læsø"], ["840", "Rebild"], ["846", "Mariagerfjord"], ["849", "Jammerbugt"],
  ["851", "Aalborg"], ["860", "Hjørring"],
];

/** Postnumre with their towns (DAWA's postnummer and navn), each with the municipality most of its addresses lie in. */
export const postalCodes: PostalCode[] = [
  ["1050", "København K", "101"], ["1100", "København K", "101"], ["1150", "København K", "101"], ["1200", "København K", "101"],
  ["1250", "København K", "101"], ["1300", "København K", "101"], ["1350", "København K", "101"], ["1400", "København K", "101"],
  ["1450", "København K", "101"], ["1550", "København V", "101"], ["1600", "København V", "101"], ["1620", "København V", "101"],
  ["1650", "København V", "101"], ["1700", "København V", "101"], ["1750", "København V", "101"],
  ["1800", "Frederiksberg C", "147"], ["1850", "Frederiksberg C", "147"], ["1900", "Frederiksberg C", "147"],
  ["1950", "Frederiksberg C", "147"], ["2000", "Frederiksberg", "147"], ["2100", "København Ø", "101"],
  ["2150", "Nordhavn", "101"], ["2200", "København N", "101"], ["2300", "København S", "101"], ["2400", "København NV", "101"],
  ["2450", "København SV", "101"], ["2500", "Valby", "101"], ["2600", "Glostrup", "161"], ["2605", "Brøndby", "153"],
  ["2610", "Rødovre", "175"], ["2620", "Albertslund", "165"], ["2625", "Vallensbæk", "187"], ["2630", "Taastrup", "169"],
  ["2635", "Ishøj", "183"], ["2650", "Hvidovre", "167"], ["2660", "Brøndby Strand", "153"], ["2670", "Greve", "253"],
  ["2680", "Solrød Strand", "269"], ["2700", "Brønshøj", "101"], ["2720", "Vanløse", "101"], ["2730", "Herlev", "163"],
  ["2750", "Ballerup", "151"], ["2760", "Måløv", "151"], ["2770", "Kastrup", "185"], ["2791", "Dragør", "155"],
  ["2800", "Kongens Lyngby", "173"], ["2820", "Gentofte", "157"], ["2840", "Holte", "230"], ["2850", "Nærum", "230"],
  ["2860", "Søborg", "159"], ["2880", "Bagsværd", "159"], ["2900", "Hellerup", "157"], ["2920", "Charlottenlund", "157"],
  ["2930", "Klampenborg", "157"], ["2970", "Hørsholm", "223"], ["2990", "Nivå", "210"], ["3000", "Helsingør", "217"],
  ["3100", "Hornbæk", "217"], ["3200", "Helsinge", "270"], ["3300", "Frederiksværk", "260"], ["3400", "Hillerød", "219"],
  ["3450", "Allerød", "201"], ["3460", "Birkerød", "230"], ["3480", "Fredensborg", "210"], ["3500", "Værløse", "190"],
  ["3520", "Farum", "190"], ["3600", "Frederikssund", "250"], ["3650", "Ølstykke", "240"], ["3660", "Stenløse", "240"],
  ["3700", "Rønne", "400"], ["3730", "Nexø", "400"], ["4000", "Roskilde", "265"], ["4100", "Ringsted", "329"],
  ["4180", "Sorø", "340"], ["4200", "Slagelse", "330"], ["4220", "Korsør", "330"], ["4300", "Holbæk", "316"],
  ["4320", "Lejre", "350"], ["4400", "Kalundborg", "326"], ["4500", "Nykøbing Sj", "306"], ["4600", "Køge", "259"],
  ["4640", "Faxe", "320"], ["4660", "Store Heddinge", "336"], ["4700", "Næstved", "370"], ["4760", "Vordingborg", "390"],
  ["4800", "Nykøbing F", "376"], ["4900", "Nakskov", "360"], ["5000", "Odense C", "461"], ["5200", "Odense V", "461"],
  ["5210", "Odense NV", "461"], ["5220", "Odense SØ", "461"], ["5230", "Odense M", "461"], ["5240", "Odense NØ", "461"],
  ["5250", "Odense SV", "461"], ["5260", "Odense S", "461"], ["5270", "Odense N", "461"], ["5300", "Kerteminde", "440"],
  ["5400", "Bogense", "480"], ["5500", "Middelfart", "410"], ["5600", "Faaborg", "430"], ["5610", "Assens", "420"],
  ["5700", "Svendborg", "479"], ["5750", "Ringe", "430"], ["5800", "Nyborg", "450"], ["5900", "Rudkøbing", "482"],
  ["5970", "Ærøskøbing", "492"], ["6000", "Kolding", "621"], ["6100", "Haderslev", "510"], ["6200", "Aabenraa", "580"],
  ["6270", "Tønder", "550"], ["6400", "Sønderborg", "540"], ["6600", "Vejen", "575"], ["6700", "Esbjerg", "561"],
  ["6705", "Esbjerg Ø", "561"], ["6710", "Esbjerg V", "561"], ["6715", "Esbjerg N", "561"], ["6720", "Fanø", "563"],
  ["6800", "Varde", "573"], ["6900", "Skjern", "760"], ["6950", "Ringkøbing", "760"], ["7000", "Fredericia", "607"],
  ["7100", "Vejle", "630"], ["7120", "Vejle Øst", "630"], ["7190", "Billund", "530"], ["7330", "Brande", "756"],
  ["7400", "Herning", "657"], ["7430", "Ikast", "756"], ["7500", "Holstebro", "661"], ["7600", "Struer", "671"],
  ["7620", "Lemvig", "665"], ["7700", "Thisted", "787"], ["7800", "Skive", "779"], ["7900", "Nykøbing M", "773"],
  ["8000", "Aarhus C", "751"], ["8200", "Aarhus N", "751"], ["8210", "Aarhus V", "751"], ["8220", "Brabrand", "751"],
  ["8230", "Åbyhøj", "751"], ["8240", "Risskov", "751"], ["8250", "Egå", "751"], ["8260", "Viby J", "751"],
  ["8270", "Højbjerg", "751"], ["8300", "Odder", "727"], ["8305", "Samsø", "741"], ["8310", "Tranbjerg J", "751"],
  ["8320", "Mårslet", "751"], ["8330", "Beder", "751"], ["8340", "Malling", "751"], ["8355", "Solbjerg", "751"],
  ["8361", "Hasselager", "751"], ["8370", "Hadsten", "710"], ["8380", "Trige", "751"], ["8381", "Tilst", "751"],
  ["8400", "Ebeltoft", "706"], ["8410", "Rønde", "706"], ["8450", "Hammel", "710"], ["8500", "Grenaa", "707"],
  ["8520", "Lystrup", "751"], ["8530", "Hjortshøj", "751"], ["8541", "Skødstrup", "751"], ["8600", "Silkeborg", "740"],
  ["8660", "Skanderborg", "746"], ["8700", "Horsens", "615"], ["8722", "Hedensted", "766"], ["8800", "Viborg", "791"],
  ["8900", "Randers C", "730"], ["8920", "Randers NV", "730"], ["8930", "Randers NØ", "730"], ["8940", "Randers SV", "730"],
  ["8960", "Randers SØ", "730"], ["9000", "Aalborg", "851"], ["9200", "Aalborg SV", "851"], ["9210", "Aalborg SØ", "851"],
  ["9220", "Aalborg Øst", "851"], ["9400", "Nørresundby", "851"], ["9440", "Aabybro", "849"], ["9500", "Hobro", "846"],
  ["9520", "Skørping", "840"], ["9600", "Aars", "820"], ["9700", "Brønderslev", "810"], ["9800", "Hjørring", "860"],
  ["9900", "Frederikshavn", "813"], ["9940", "Læsø", "825"], ["9990", "Skagen", "813"],
];
