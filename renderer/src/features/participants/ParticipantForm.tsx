import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Anchor,
  Button,
  Group,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
  Text,
  MultiSelect,
} from '@mantine/core';
import { useEffect } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  CAREER_STAGES,
  MEETING_FORMATS,
  ParticipantInputSchema,
  type ParticipantInput,
  type ParticipantInputValues,
} from '@shared/domain/participants';
import { activeTopics, type TopicRecord } from '@shared/domain/topics';
import { ApiError } from '../../lib/api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AvailabilityField } from './AvailabilityField';
import { ConsentFields } from './ConsentFields';
import { FormSection } from './FormSection';
import { TopicRatingsField } from './TopicRatingsField';

export type ParticipantFormProps = {
  initial: ParticipantInputValues;
  catalogue: readonly TopicRecord[];
  language: 'de' | 'en';
  today: string;
  submitting: boolean;
  error: unknown;
  onSubmit: (value: ParticipantInput) => void;
  onCancel: () => void;
  onDirtyChange: (dirty: boolean) => void;
  onOpenExisting: (id: string) => void;
};

/** Mentor or mentee form; the shared zod schema validates here and again in main. */
export function ParticipantForm(props: ParticipantFormProps) {
  const { t } = useTranslation();
  const { control, register, handleSubmit, formState } = useForm<
    ParticipantInputValues,
    unknown,
    ParticipantInput
  >({
    resolver: zodResolver(ParticipantInputSchema),
    defaultValues: props.initial,
    mode: 'onTouched',
  });
  const { errors, isDirty } = formState;
  const role = useWatch({ control, name: 'role' });
  const { onDirtyChange } = props;
  useEffect(() => {
    onDirtyChange(isDirty);
  }, [isDirty, onDirtyChange]);
  const msg = (message: string | undefined) => (message ? t(message) : undefined);
  const taken =
    props.error instanceof ApiError && props.error.code === 'participants.email_taken'
      ? props.error
      : null;
  const otherKind = role === 'mentor' ? 'management' : 'digital';
  const learnOptions = activeTopics(props.catalogue)
    .filter((topic) => topic.kind === otherKind)
    .map((topic) => ({ value: topic.id, label: topic.name[props.language] }));

  return (
    <form
      noValidate
      onSubmit={(event) => {
        void handleSubmit(props.onSubmit)(event);
      }}
    >
      <Stack gap="md">
        {taken ? (
          <Alert color="orange" role="alert" title={t('participants.form.emailTakenTitle')}>
            <Stack gap={4}>
              <Text size="sm">{t('errors.participants.email_taken', taken.params)}</Text>
              <Anchor
                component="button"
                type="button"
                size="sm"
                onClick={() => {
                  props.onOpenExisting(String(taken.params.id));
                }}
              >
                {t('participants.form.openExisting', { name: taken.params.name })}
              </Anchor>
            </Stack>
          </Alert>
        ) : props.error ? (
          <ErrorAlert error={props.error} />
        ) : null}
        <FormSection title={t('participants.form.sections.person')}>
          <SimpleGrid cols={2} spacing="sm" verticalSpacing="xs">
            <TextInput
              label={t('intake.fields.firstName')}
              required
              {...register('firstName')}
              error={msg(errors.firstName?.message)}
            />
            <TextInput
              label={t('intake.fields.lastName')}
              required
              {...register('lastName')}
              error={msg(errors.lastName?.message)}
            />
            <TextInput
              label={t('intake.fields.email')}
              required
              type="email"
              {...register('email')}
              error={msg(errors.email?.message)}
            />
            <TextInput
              label={t('intake.fields.location')}
              {...register('location')}
              error={msg(errors.location?.message)}
            />
          </SimpleGrid>
        </FormSection>
        <FormSection title={t('participants.form.sections.work')}>
          <SimpleGrid cols={2} spacing="sm" verticalSpacing="xs">
            <TextInput
              label={t('intake.fields.department')}
              required
              {...register('department')}
              error={msg(errors.department?.message)}
            />
            <TextInput
              label={t('intake.fields.jobTitle')}
              {...register('jobTitle')}
              error={msg(errors.jobTitle?.message)}
            />
            <Controller
              control={control}
              name="careerStage"
              render={({ field }) => (
                <Select
                  label={t('intake.fields.careerStage')}
                  allowDeselect={false}
                  data={CAREER_STAGES.map((value) => ({
                    value,
                    label: t(`participant.careerStage.${value}`),
                  }))}
                  value={field.value}
                  onChange={(value) => {
                    field.onChange(value);
                  }}
                  error={msg(errors.careerStage?.message)}
                />
              )}
            />
            <TextInput
              label={t('intake.fields.managerEmail')}
              description={t('participants.form.managerHint')}
              type="email"
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              {...register('managerEmail')}
              error={msg(errors.managerEmail?.message)}
            />
          </SimpleGrid>
        </FormSection>
        <FormSection title={t('participants.form.sections.meeting')}>
          <SimpleGrid cols={2} spacing="sm" verticalSpacing="xs">
            <Controller
              control={control}
              name="meetingFormat"
              render={({ field }) => (
                <Select
                  label={t('intake.fields.meetingFormat')}
                  allowDeselect={false}
                  data={MEETING_FORMATS.map((value) => ({
                    value,
                    label: t(`participant.meetingFormat.${value}`),
                  }))}
                  value={field.value}
                  onChange={(value) => {
                    field.onChange(value);
                  }}
                />
              )}
            />
            <Controller
              control={control}
              name="languages"
              render={({ field }) => (
                <TagsInput
                  label={t('intake.fields.languages')}
                  description={t('participants.form.languagesHint')}
                  data={['de', 'en', 'fr', 'es', 'it', 'tr', 'pl']}
                  inputWrapperOrder={['label', 'input', 'description', 'error']}
                  value={field.value}
                  onChange={field.onChange}
                  error={msg(errors.languages?.message ?? errors.languages?.[0]?.message)}
                />
              )}
            />
          </SimpleGrid>
          <AvailabilityField control={control} />
          {role === 'mentor' ? (
            <Controller
              control={control}
              name="capacity"
              render={({ field }) => (
                <Select
                  label={t('intake.fields.capacity')}
                  description={t('participants.form.capacityHint')}
                  allowDeselect={false}
                  data={['1', '2']}
                  value={String(field.value)}
                  onChange={(value) => {
                    field.onChange(value === '2' ? 2 : 1);
                  }}
                  w={320}
                  inputWrapperOrder={['label', 'input', 'description', 'error']}
                />
              )}
            />
          ) : null}
        </FormSection>
        <FormSection title={t('participants.form.sections.topics')}>
          <TopicRatingsField
            control={control}
            catalogue={props.catalogue}
            language={props.language}
            error={errors.topics?.message ?? errors.topics?.root?.message}
          />
          <Controller
            control={control}
            name="learnFromOther"
            render={({ field }) => (
              <MultiSelect
                label={t(
                  role === 'mentor'
                    ? 'participants.form.learnMentor'
                    : 'participants.form.learnMentee',
                )}
                data={learnOptions}
                value={field.value}
                onChange={field.onChange}
                searchable
                error={msg(errors.learnFromOther?.message)}
              />
            )}
          />
          <Textarea
            label={t('intake.fields.motivation')}
            description={t('participants.form.motivationHint')}
            autosize
            minRows={2}
            {...register('motivation')}
            error={msg(errors.motivation?.message)}
          />
        </FormSection>
        <ConsentFields control={control} errors={errors} today={props.today} />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            {t('participants.actions.cancel')}
          </Button>
          <Button type="submit" loading={props.submitting}>
            {t('participants.actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
