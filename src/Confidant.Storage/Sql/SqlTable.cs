namespace Confidant.Storage.Sql;

/// <summary>A table and the columns an insert fills, in parameter order.</summary>
/// <param name="Name">The table name.</param>
/// <param name="Columns">The columns.</param>
/// <param name="NullableBinaryColumns">Columns that may be bound to null and hold bytes: their type cannot come from the value.</param>
public sealed record SqlTable(string Name, string[] Columns, params string[] NullableBinaryColumns);
