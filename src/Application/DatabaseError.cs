namespace SpaceX.Application;

/// <summary>A database error in words, as the database adapter describes it.</summary>
/// <param name="InTheSettings">The connection string is what is wrong (password, privilege, database name): exit 2, no retry helps.</param>
/// <param name="Unavailable">The database gave no connection (unreachable, refusing, the budget in use, the login refused): it may come back.</param>
public sealed record DatabaseError(string Message, bool InTheSettings, bool Unavailable);
