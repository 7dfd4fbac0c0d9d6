namespace SpaceX.Application.Behaviors;

/// <summary>Marks a message that reads or writes the pipeline's tables: pending migrations are applied before it runs.</summary>
public interface IRequiresSchema;
