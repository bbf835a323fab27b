"""Loaders: one module per source, each returning canonical frames in EPSG:28992.

Canonical columns (the contract the model, rules and tests rely on):

bag.read_panden(path, layer="pand") -> GeoDataFrame, one row per existing pand
    pand_id (str, 16 chars, leading zeros), bouwjaar (float, NaN unknown), status (str),
    gebruiksdoel (str, normalised "a,b"), woonfunctie (bool), aantal_vbo (float),
    geometry (Polygon/MultiPolygon, EPSG:28992), onwaarschijnlijk (str, Dutch, "" when all
    values are plausible). Duplicate ids resolved (io.quality.resolve_duplicates), panden
    without geometry left out (counted).
    After inputs.load_inputs also hoogtebron ("3dbag" / "ahn" / None) and the 3D BAG's
    onwaarschijnlijk texts merged in.
bag.read_verblijfsobjecten(path, layer="verblijfsobject") -> GeoDataFrame (points)
    vbo_id (str16), pand_id (str16), woonfunctie (bool), gebruiksdoel (str), oppervlakte
    (float), status (str), straat (str), huisnummer (Int64), huisletter (str, upper, "" when
    none), toevoeging (str, upper, "" when none), postcode (str "1234AB"), woonplaats (str),
    geometry (Point)
bag3d.read_bag3d(path, storey_height=3.0) -> GeoDataFrame (GeoPackage or CityJSON/Seq)
    pand_id (str16), bouwjaar_3dbag (float), h_maaiveld, h_dak_70p, h_dak_max (m NAP),
    hoogte_m (= h_dak_70p - h_maaiveld), hoogte_max_m (= h_dak_max - h_maaiveld),
    bouwlagen (float), bouwlagen_geschat (bool: estimated as round(hoogte_m / storey_height)),
    daktype (str: b3_dak_type), plat_dak_m2, grond_m2 (float), hoogtebron ("3dbag" when a
    roof height is known, else None; "ahn" for rows added by inputs.fill_from_ahn),
    onwaarschijnlijk (str), geometry (footprint)
ahn.ahn_heights(panden, dsm, dtm) -> DataFrame
    pand_id, h_maaiveld, h_dak_70p, h_dak_max (m NAP), dak_plat_aandeel, plat_dak_m2,
    grond_m2, daktype ("horizontal" / "slanted")
bezit.read_bezit(path, columns=None) -> DataFrame, one row per VHE
    vhe_id, complexnummer, straat, huisnummer (Int64), huisletter, toevoeging, postcode,
    woonplaats (str; "" when none), vbo_id (str16 or <NA>), bron_rij (int, 1-based row/file)
bezit.match_bezit(bezit, vbo) -> (DataFrame, MatchReport)
    adds vbo_id, pand_id, match ("id" / "adres" / "geen"), match_reden (Dutch, for "geen")
plans.read_plannen(paths) -> Plannen(maatvoering: GeoDataFrame, bestemmingen: GeoDataFrame)
    maatvoering: max_bouwhoogte_m (float), max_bouwlagen (float), bron (str file name), geometry
    bestemmingen: bestemmingshoofdgroep (str), wonen_toegestaan (bool), bron, geometry
context.read_buurten(path, layer="buurten") -> GeoDataFrame
    buurtcode, buurtnaam, gemeentecode, gemeentenaam, stedelijkheid (float 1-5), all other
    numeric columns kept with sentinels (<= -99990) turned into NaN, geometry
context.read_parkeerzones(path, zone_column="zone", norm_column="parkeernorm")
    zone (str), parkeernorm (float, parking places per extra home), geometry
context.read_voorzieningen(path) -> soort (str, lower), hov (bool), naam (str), geometry (Point)
context.read_monumenten(path) -> monumentnummer (str), hoofdcategorie (str), geometry
context.read_energielabels(path) -> vbo_id (str16), pand_id (str16), energieklasse (str)
bestuurlijk.read_provincies(path, layer="provinciegebied") -> GeoDataFrame (PDOK Bestuurlijke Gebieden)
    provincie (str, from naam/provincienaam/statnaam), provinciecode (str, "" when absent), geometry
bestuurlijk.provincie_per_complex(geometry, provincies) -> Series provincie (NaN outside every province)

Plausibility (io.quality.RANGES): an implausible value becomes NaN and a text in the row's
``onwaarschijnlijk`` column; every finding (implausible values, duplicate ids, missing
geometries, untested versions) is a dict in ``frame.attrs["bevindingen"]``
(io.quality.Bevinding; Inputs.bevindingen() collects them).

Every loader raises an InputDataError subclass (optopscan.errors) naming file, layer,
column and remedy; invalid geometries are repaired with make_valid and counted in
``frame.attrs["gerepareerd"]``.
"""
