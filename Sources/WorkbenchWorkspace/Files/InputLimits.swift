/// The largest files the workbench reads, checked before a file is read so that a huge or endless file cannot
/// exhaust memory. Reading a file takes about its size in bytes, its text and the parsed table: a small multiple of
/// the limit at most.
public enum InputLimits {
    /// The largest CSV file read or imported: 16 MB (1 MB = 1,048,576 bytes), 25 times the Taskforce libraries
    /// dataset (0.6 MB).
    public static let csvBytes = 16 * 1024 * 1024
    /// The largest GeoJSON file of boundaries read or imported: 64 MB, about ten times England's simplified boundaries
    /// (`authorities_geo.json`, 6 MB).
    public static let geoJSONBytes = 64 * 1024 * 1024
}
